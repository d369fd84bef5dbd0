import { parsePortalConfig, PortalConfigError } from './config.server.js';

describe(parsePortalConfig.name, () => {
  it('defaults to the local api and rejects unusable URLs naming the variable', () => {
    expect(parsePortalConfig({}).apiUrl).toBe('http://localhost:4000/graphql');
    expect(parsePortalConfig({ CARAVAN_API_URL: 'https://api.example.org/graphql' }).apiUrl).toBe('https://api.example.org/graphql');
    expect(() => parsePortalConfig({ CARAVAN_API_URL: 'not a url' })).toThrow(PortalConfigError);
    expect(() => parsePortalConfig({ CARAVAN_API_URL: 'ftp://example.org' })).toThrow(/CARAVAN_API_URL must use http or https/);
  });
});
