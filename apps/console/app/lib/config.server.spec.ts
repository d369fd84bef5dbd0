import { ConsoleConfigError, parseConsoleConfig } from './config.server.js';

const SECRET = 'a-session-secret-of-at-least-32-chars!!';

describe(parseConsoleConfig.name, () => {
  it('defaults to the local api and port 3001 outside production', () => {
    const config = parseConsoleConfig({});
    expect(config).toMatchObject({ apiUrl: 'http://localhost:4000/graphql', port: 3001, production: false });
    expect(config.sessionSecrets[0]?.length).toBeGreaterThanOrEqual(32);
  });

  it('takes the api URL, port and secret it is given', () => {
    expect(parseConsoleConfig({ CARAVAN_API_URL: 'https://api.example.org/graphql', PORT: '8080', CONSOLE_SESSION_SECRET: SECRET, NODE_ENV: 'production' })).toEqual({
      apiUrl: 'https://api.example.org/graphql',
      port: 8080,
      sessionSecrets: [SECRET],
      production: true,
      secureCookies: true,
    });
    expect(parseConsoleConfig({ NODE_ENV: 'production', CONSOLE_SESSION_SECRET: SECRET, CONSOLE_SECURE_COOKIES: 'false' }).secureCookies).toBe(false);
    expect(parseConsoleConfig({}).secureCookies).toBe(false);
  });

  it.each([
    [{ CARAVAN_API_URL: 'not a url' }, /CARAVAN_API_URL must be an absolute http\(s\) URL/],
    [{ CARAVAN_API_URL: 'ftp://example.org' }, /CARAVAN_API_URL must use http or https/],
    [{ PORT: 'eighty' }, /PORT /],
    [{ PORT: '70000' }, /PORT must be between 1 and 65535/],
    [{ CONSOLE_SESSION_SECRET: 'short' }, /CONSOLE_SESSION_SECRET must be at least 32 characters/],
    [{ NODE_ENV: 'production' }, /CONSOLE_SESSION_SECRET is required in production/],
    [{ NODE_ENV: 'staging' }, /NODE_ENV /],
    [{ CONSOLE_SECURE_COOKIES: 'yes' }, /CONSOLE_SECURE_COOKIES must be true or false/],
  ])('names the bad variable in %j', (env, message) => {
    expect(() => parseConsoleConfig(env)).toThrow(ConsoleConfigError);
    expect(() => parseConsoleConfig(env)).toThrow(message);
  });
});
