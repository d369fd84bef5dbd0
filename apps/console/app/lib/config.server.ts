// Console configuration, parsed once when the server build loads: a bad or missing value stops
// the server with a message naming the variable.
import { randomBytes } from 'node:crypto';
import { DEFAULT_API_URL } from '@caravan/sdk';
import { z } from 'zod';

export class ConsoleConfigError extends Error {
  readonly code = 'CONSOLE_CONFIG_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'ConsoleConfigError';
  }
}

const httpUrl = z
  .string()
  .trim()
  .refine((value) => URL.canParse(value), { message: `must be an absolute http(s) URL such as ${DEFAULT_API_URL}` })
  .refine((value) => !URL.canParse(value) || ['http:', 'https:'].includes(new URL(value).protocol), { message: 'must use http or https' });

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  CARAVAN_API_URL: httpUrl.default(DEFAULT_API_URL),
  CONSOLE_SESSION_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 48`)').optional(),
  CONSOLE_SECURE_COOKIES: z.enum(['true', 'false'], { message: 'must be true or false' }).optional(),
  PORT: z.coerce.number().int('must be a whole number').min(1, 'must be between 1 and 65535').max(65_535, 'must be between 1 and 65535').default(3001),
});

export interface ConsoleConfig {
  apiUrl: string;
  /** Signs the session and CSRF cookies; several while rotating, the first signs. */
  sessionSecrets: string[];
  port: number;
  production: boolean;
  /** Cookies only over HTTPS: on in production unless CONSOLE_SECURE_COOKIES=false (a plain-HTTP local run). */
  secureCookies: boolean;
}

/** Reads the environment; empty strings count as unset so `VAR=` in a shell means "default". */
export function parseConsoleConfig(env: Readonly<Record<string, string | undefined>>): ConsoleConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`);
    throw new ConsoleConfigError(`Console configuration is invalid: ${lines.join('; ')}.`);
  }
  const { NODE_ENV, CARAVAN_API_URL, CONSOLE_SESSION_SECRET, CONSOLE_SECURE_COOKIES, PORT } = parsed.data;
  const production = NODE_ENV === 'production';
  if (production && CONSOLE_SESSION_SECRET === undefined) {
    throw new ConsoleConfigError('Console configuration is invalid: CONSOLE_SESSION_SECRET is required in production (at least 32 characters).');
  }
  return {
    apiUrl: new URL(CARAVAN_API_URL).toString(),
    // Outside production a secret per process is enough: sessions end when the console restarts.
    sessionSecrets: [CONSOLE_SESSION_SECRET ?? randomBytes(32).toString('base64url')],
    port: PORT,
    production,
    secureCookies: CONSOLE_SECURE_COOKIES === undefined ? production : CONSOLE_SECURE_COOKIES === 'true',
  };
}

export const config: ConsoleConfig = parseConsoleConfig(process.env);
