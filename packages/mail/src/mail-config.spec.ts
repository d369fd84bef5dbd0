import { inspect } from 'node:util';
import { describeMailConfig, MAIL_ENV_VARIABLES, MailConfigError, parseMailEnv, parseMailerConfig } from './mail-config.js';
import { thrown } from './testing/thrown.js';

const production = {
  SMTP_HOST: 'smtp.forum.example.org',
  SMTP_USER: 'caravan',
  SMTP_PASSWORD: 'hunter2-not-for-logs',
  MAIL_FROM: 'Forum Secretariat <no-reply@forum.example.org>',
};

const configError = (run: () => unknown) => thrown(MailConfigError, run);

describe(parseMailEnv.name, () => {
  it('sends development mail to the local mail catcher', () => {
    const config = parseMailEnv({}, 'development');
    expect(config).toMatchObject({ host: '127.0.0.1', port: 1025, secure: false, from: { name: 'Caravan', address: 'no-reply@caravan.local' } });
    expect(config.auth).toBeUndefined();
  });

  it('follows the catcher the launcher started', () => {
    expect(parseMailEnv({ SMTP_HOST: '127.0.0.1', SMTP_PORT: '40125' }, 'test')).toMatchObject({ host: '127.0.0.1', port: 40125 });
  });

  it.each([
    ['SMTP_HOST', 'SMTP_HOST is required in production'],
    ['MAIL_FROM', 'MAIL_FROM is required in production'],
  ])('stops production without %s, naming it', (variable, message) => {
    const error = configError(() => parseMailEnv({ ...production, [variable]: undefined }, 'production'));
    expect(error.message).toContain(message);
    expect(Object.keys(error.fields)).toEqual([variable]);
  });

  it('treats a blank variable as unset', () => {
    expect(configError(() => parseMailEnv({ ...production, SMTP_HOST: '  ' }, 'production')).fields).toHaveProperty('SMTP_HOST');
  });

  it('reads a production relay: port 587 with STARTTLS by default, implicit TLS on 465', () => {
    const config = parseMailEnv(production, 'production');
    expect(config).toMatchObject({ host: 'smtp.forum.example.org', port: 587, secure: false, auth: { user: 'caravan' }, from: { name: 'Forum Secretariat', address: 'no-reply@forum.example.org' } });
    expect(config.auth?.pass.reveal()).toBe('hunter2-not-for-logs');
    expect(parseMailEnv({ ...production, SMTP_PORT: '465' }, 'production').secure).toBe(true);
    expect(parseMailEnv({ ...production, SMTP_PORT: '465', SMTP_SECURE: 'false' }, 'production').secure).toBe(false);
  });

  it('names a bad value and shows it, except a secret', () => {
    expect(configError(() => parseMailEnv({ ...production, SMTP_PORT: 'twenty-five' }, 'production')).message).toContain('SMTP_PORT must be a number (got "twenty-five")');
    expect(configError(() => parseMailEnv({ ...production, SMTP_SECURE: 'yes' }, 'production')).message).toContain('SMTP_SECURE must be true or false (got "yes")');
    expect(configError(() => parseMailEnv({ ...production, MAIL_FROM: 'secretariat' }, 'production')).fields).toEqual({
      MAIL_FROM: 'must be one e-mail address, optionally with a name: Caravan <no-reply@example.org>',
    });
    const missingUser = configError(() => parseMailEnv({ ...production, SMTP_USER: undefined }, 'production'));
    expect(missingUser.message).toContain('SMTP_USER must be set together with SMTP_PASSWORD');
    expect(missingUser.message).not.toContain('hunter2');
  });

  it('takes DKIM settings all together or not at all', () => {
    const error = configError(() => parseMailEnv({ ...production, DKIM_DOMAIN: 'forum.example.org', DKIM_PRIVATE_KEY: 'secret-key-material' }, 'production'));
    expect(error.fields).toEqual({ DKIM_SELECTOR: 'must be set together with the other DKIM_ variables' });
    expect(error.message).not.toContain('secret-key-material');
  });

  it('never shows the password when the config is printed, logged or serialised', () => {
    const config = parseMailEnv({ ...production, DKIM_DOMAIN: 'forum.example.org', DKIM_SELECTOR: 'mail', DKIM_PRIVATE_KEY: 'pem-key-material' }, 'production');
    for (const shown of [JSON.stringify(config), inspect(config, { depth: 10 }), String(config.auth?.pass), `${describeMailConfig(config)}`]) {
      expect(shown).not.toContain('hunter2');
      expect(shown).not.toContain('pem-key-material');
    }
    expect(describeMailConfig(config)).toBe(
      'SMTP smtp.forum.example.org:587 (STARTTLS when offered) as caravan, from Forum Secretariat <no-reply@forum.example.org>, DKIM mail._domainkey.forum.example.org',
    );
  });

  it('lists the variables it reads', () => {
    expect(MAIL_ENV_VARIABLES).toEqual([
      'SMTP_HOST',
      'SMTP_PORT',
      'SMTP_SECURE',
      'SMTP_USER',
      'SMTP_PASSWORD',
      'MAIL_FROM',
      'MAIL_REPLY_TO',
      'DKIM_DOMAIN',
      'DKIM_SELECTOR',
      'DKIM_PRIVATE_KEY',
    ]);
  });
});

describe(parseMailerConfig.name, () => {
  it('parses a parsed config again to the same config', () => {
    const config = parseMailEnv(production, 'production');
    const again = parseMailerConfig(config);
    expect(again.from).toEqual(config.from);
    expect(again.auth?.pass.reveal()).toBe('hunter2-not-for-logs');
  });

  it('names the field that is wrong', () => {
    expect(configError(() => parseMailerConfig({ host: '', port: 70000, secure: false, from: 'a@example.org' })).fields).toEqual({
      host: 'must not be empty',
      port: 'must be 1–65535',
    });
  });
});
