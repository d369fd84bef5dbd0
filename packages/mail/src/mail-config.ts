// The mail transport's configuration: a schema for createMailer, and parseMailEnv, which reads
// it from the environment once at boot. Production must name its SMTP relay and its sender;
// development and tests default to the local mail catcher.
import addressparser from 'nodemailer/lib/addressparser';
import { z } from 'zod';
import { Secret } from '@caravan/config/env';

/** Ports the development launcher gives the mail catcher; development mail goes to the first. */
export const MAIL_CATCHER_DEFAULT_PORTS = { smtp: 1025, web: 1080 } as const;

const DEVELOPMENT_FROM = 'Caravan <no-reply@caravan.local>';

export class MailConfigError extends Error {
  override readonly name = 'MailConfigError';
  readonly code = 'MAIL_CONFIG_INVALID';
  constructor(
    message: string,
    /** Variable (or field) -> problem. */
    readonly fields: Readonly<Record<string, string>>,
  ) {
    super(message);
  }
}

const MAILBOX_ERROR = 'must be one e-mail address, optionally with a name: Caravan <no-reply@example.org>';
const ZAddress = z.email({ error: MAILBOX_ERROR });

/**
 * "Caravan <no-reply@example.org>" or a bare address, parsed by nodemailer's own parser; an
 * already parsed { name, address } passes as it is, so a parsed config parses again unchanged.
 */
const ZMailbox = z.union(
  [
    z.strictObject({ name: z.string().min(1).optional(), address: ZAddress }),
    z.string().transform((value, ctx) => {
      const parsed = addressparser(value);
      const [mailbox] = parsed;
      if (parsed.length !== 1 || mailbox?.address === undefined || !ZAddress.safeParse(mailbox.address).success) {
        ctx.addIssue({ code: 'custom', message: MAILBOX_ERROR });
        return z.NEVER;
      }
      return mailbox.name ? { name: mailbox.name, address: mailbox.address } : { address: mailbox.address };
    }),
  ],
  { error: MAILBOX_ERROR },
);

const ZSecret = z.union([z.instanceof(Secret), z.string().min(1, 'must not be empty').transform((value) => new Secret(value))]);

export const ZMailerConfig = z.strictObject({
  host: z.string().min(1, 'must not be empty'),
  port: z.number().int('must be a whole number').min(1, 'must be 1–65535').max(65535, 'must be 1–65535'),
  /** Implicit TLS from the first byte (port 465); false means STARTTLS when the server offers it. */
  secure: z.boolean(),
  auth: z.strictObject({ user: z.string().min(1, 'must not be empty'), pass: ZSecret }).optional(),
  from: ZMailbox,
  replyTo: ZMailbox.optional(),
  dkim: z
    .strictObject({
      domainName: z.string().min(1, 'must not be empty'),
      keySelector: z.string().min(1, 'must not be empty'),
      privateKey: ZSecret,
    })
    .optional(),
  /** Connect, greeting and socket timeouts: a job fails and retries rather than hanging. */
  timeoutMs: z.number().int().min(100, 'must be at least 100').default(30_000),
  /** Connections the pool keeps open to the relay. */
  maxConnections: z.number().int().min(1, 'must be at least 1').default(3),
});

export type MailerConfigInput = z.input<typeof ZMailerConfig>;
export type MailerConfig = z.output<typeof ZMailerConfig>;

export function parseMailerConfig(input: MailerConfigInput): MailerConfig {
  const result = ZMailerConfig.safeParse(input);
  if (result.success) return result.data;
  const fields = Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.') || 'config', issue.message]));
  throw new MailConfigError(`Invalid mail configuration: ${Object.entries(fields).map(([f, m]) => `${f} ${m}`).join('; ')}.`, fields);
}

// Blank variables (FOO= in a .env file) mean "not set", as they do for the api's config.
const blankAsUnset = (value: unknown): unknown => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalText = z.preprocess(blankAsUnset, z.string().optional());

const EnvSchema = z.object({
  SMTP_HOST: optionalText,
  SMTP_PORT: z.preprocess(blankAsUnset, z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be 1–65535').max(65535, 'must be 1–65535').optional()),
  SMTP_SECURE: z.preprocess(blankAsUnset, z.enum(['true', 'false'], { error: 'must be true or false' }).optional()),
  SMTP_USER: optionalText,
  SMTP_PASSWORD: optionalText,
  MAIL_FROM: optionalText,
  MAIL_REPLY_TO: optionalText,
  DKIM_DOMAIN: optionalText,
  DKIM_SELECTOR: optionalText,
  DKIM_PRIVATE_KEY: optionalText,
});

/** The variables the mail transport reads; the README lists the same names. */
export const MAIL_ENV_VARIABLES = Object.keys(EnvSchema.shape) as (keyof typeof EnvSchema.shape)[];

// Values never echoed in an error message.
const SECRET_VARIABLES = new Set<string>(['SMTP_PASSWORD', 'DKIM_PRIVATE_KEY']);

const ENV_NAME_OF_FIELD: Readonly<Record<string, string>> = {
  host: 'SMTP_HOST',
  port: 'SMTP_PORT',
  secure: 'SMTP_SECURE',
  'auth.user': 'SMTP_USER',
  'auth.pass': 'SMTP_PASSWORD',
  from: 'MAIL_FROM',
  replyTo: 'MAIL_REPLY_TO',
  'dkim.domainName': 'DKIM_DOMAIN',
  'dkim.keySelector': 'DKIM_SELECTOR',
  'dkim.privateKey': 'DKIM_PRIVATE_KEY',
};

function fail(source: Readonly<Record<string, string | undefined>>, problems: Record<string, string>): never {
  const listed = Object.entries(problems).map(([name, problem]) => {
    const raw = source[name];
    const shown = raw === undefined || raw.trim() === '' || SECRET_VARIABLES.has(name) ? '' : ` (got "${raw}")`;
    return `${name} ${problem}${shown}`;
  });
  throw new MailConfigError(`Invalid mail configuration: ${listed.join('; ')}. Fix the variable and restart.`, problems);
}

/**
 * Reads the mail transport's configuration from environment variables. In production SMTP_HOST
 * and MAIL_FROM are required; elsewhere mail goes to the local mail catcher
 * (127.0.0.1:1025, the port `pnpm start` gives it) unless SMTP_HOST says otherwise.
 */
export function parseMailEnv(source: Readonly<Record<string, string | undefined>>, nodeEnv: string = 'development'): MailerConfig {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    fail(source, Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])));
  }
  const env = parsed.data;
  const problems: Record<string, string> = {};
  const production = nodeEnv === 'production';
  if (production && env.SMTP_HOST === undefined) {
    problems['SMTP_HOST'] = 'is required in production: set it to the host name of the SMTP relay that delivers Caravan mail';
  }
  if (production && env.MAIL_FROM === undefined) {
    problems['MAIL_FROM'] = 'is required in production: set it to the sender, e.g. "Forum Secretariat <no-reply@forum.example.org>"';
  }
  if ((env.SMTP_USER === undefined) !== (env.SMTP_PASSWORD === undefined)) {
    problems[env.SMTP_USER === undefined ? 'SMTP_USER' : 'SMTP_PASSWORD'] = 'must be set together with ' + (env.SMTP_USER === undefined ? 'SMTP_PASSWORD' : 'SMTP_USER');
  }
  const dkim = [env.DKIM_DOMAIN, env.DKIM_SELECTOR, env.DKIM_PRIVATE_KEY];
  if (dkim.some((value) => value !== undefined) && dkim.some((value) => value === undefined)) {
    for (const name of ['DKIM_DOMAIN', 'DKIM_SELECTOR', 'DKIM_PRIVATE_KEY'] as const) {
      if (env[name] === undefined) problems[name] = 'must be set together with the other DKIM_ variables';
    }
  }
  if (Object.keys(problems).length > 0) fail(source, problems);

  const port = env.SMTP_PORT ?? (env.SMTP_HOST === undefined ? MAIL_CATCHER_DEFAULT_PORTS.smtp : 587);
  const input: MailerConfigInput = {
    host: env.SMTP_HOST ?? '127.0.0.1',
    port,
    secure: env.SMTP_SECURE === undefined ? port === 465 : env.SMTP_SECURE === 'true',
    from: env.MAIL_FROM ?? DEVELOPMENT_FROM,
    ...(env.MAIL_REPLY_TO === undefined ? {} : { replyTo: env.MAIL_REPLY_TO }),
    ...(env.SMTP_USER === undefined || env.SMTP_PASSWORD === undefined ? {} : { auth: { user: env.SMTP_USER, pass: env.SMTP_PASSWORD } }),
    ...(env.DKIM_DOMAIN === undefined || env.DKIM_SELECTOR === undefined || env.DKIM_PRIVATE_KEY === undefined
      ? {}
      : { dkim: { domainName: env.DKIM_DOMAIN, keySelector: env.DKIM_SELECTOR, privateKey: env.DKIM_PRIVATE_KEY.replace(/\\n/g, '\n') } }),
  };
  const result = ZMailerConfig.safeParse(input);
  if (!result.success) {
    fail(source, Object.fromEntries(result.error.issues.map((issue) => [ENV_NAME_OF_FIELD[issue.path.join('.')] ?? issue.path.join('.'), issue.message])));
  }
  return result.data;
}

/** One line for a boot log: where mail goes and as whom, never the password. */
export function describeMailConfig(config: MailerConfig): string {
  const from = config.from.name ? `${config.from.name} <${config.from.address}>` : config.from.address;
  const auth = config.auth ? ` as ${config.auth.user}` : '';
  const tls = config.secure ? 'TLS' : 'STARTTLS when offered';
  return `SMTP ${config.host}:${config.port} (${tls})${auth}, from ${from}${config.dkim ? `, DKIM ${config.dkim.keySelector}._domainkey.${config.dkim.domainName}` : ''}`;
}
