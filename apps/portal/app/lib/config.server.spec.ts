import { parsePortalConfig, PortalConfigError } from './config.server.js';

describe(parsePortalConfig.name, () => {
  it('defaults to the local api and rejects unusable URLs naming the variable', () => {
    expect(parsePortalConfig({}).apiUrl).toBe('http://localhost:4000/graphql');
    expect(parsePortalConfig({ CARAVAN_API_URL: 'https://api.example.org/graphql' }).apiUrl).toBe('https://api.example.org/graphql');
    expect(() => parsePortalConfig({ CARAVAN_API_URL: 'not a url' })).toThrow(PortalConfigError);
    expect(() => parsePortalConfig({ CARAVAN_API_URL: 'ftp://example.org' })).toThrow(/CARAVAN_API_URL must use http or https/);
  });

  it('sends browsers to the api origin for its files unless a public api URL is given', () => {
    expect(parsePortalConfig({ CARAVAN_API_URL: 'http://127.0.0.1:4000/graphql' }).publicApiUrl).toBe('http://127.0.0.1:4000');
    expect(parsePortalConfig({ CARAVAN_PUBLIC_API_URL: 'https://api.example.org/' }).publicApiUrl).toBe('https://api.example.org');
    expect(() => parsePortalConfig({ CARAVAN_PUBLIC_API_URL: 'webcal://api.example.org' })).toThrow(/CARAVAN_PUBLIC_API_URL must use http or https/);
  });

  it('sends cookies only over HTTPS in production, unless told otherwise for a plain-HTTP run', () => {
    expect(parsePortalConfig({}).secureCookies).toBe(false);
    expect(parsePortalConfig({ NODE_ENV: 'production' }).secureCookies).toBe(true);
    expect(parsePortalConfig({ NODE_ENV: 'production', PORTAL_SECURE_COOKIES: 'false' }).secureCookies).toBe(false);
    expect(parsePortalConfig({ PORTAL_SECURE_COOKIES: 'true' }).secureCookies).toBe(true);
    expect(() => parsePortalConfig({ PORTAL_SECURE_COOKIES: 'yes' })).toThrow(/PORTAL_SECURE_COOKIES must be "true" or "false"/);
  });
});
