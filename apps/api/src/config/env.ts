// The api's configuration, parsed once at boot. Nothing else in the api reads process.env:
// every setting arrives through this object, so a bad value stops the process at start with
// a message naming the variable instead of failing later in some request.
import { z } from 'zod';

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly code: 'CONFIG_INVALID' | 'REDIS_UNREACHABLE',
    message: string,
  ) {
    super(message);
  }
}

// Blank variables (FOO= in a .env file) mean "not set", as they do for most tools.
const blankAsUnset = (value: unknown): unknown => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const EnvSchema = z.object({
  NODE_ENV: z.preprocess(blankAsUnset, z.enum(['development', 'test', 'production']).default('development')),
  PORT: z.preprocess(
    blankAsUnset,
    z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be 1–65535').max(65535, 'must be 1–65535').default(4000),
  ),
  HOST: z.preprocess(blankAsUnset, z.string().default('0.0.0.0')),
  DATABASE_URL: z.preprocess(blankAsUnset, z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' }).optional()),
  DATA_DIR: z.preprocess(blankAsUnset, z.string().optional()),
  // Set to "off" to run jobs inline without trying Redis (development only).
  REDIS_URL: z.preprocess(
    blankAsUnset,
    z.union([z.literal('off'), z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL, or "off"' })]).default('redis://127.0.0.1:6379'),
  ),
  BULL_PREFIX: z.preprocess(blankAsUnset, z.string().regex(/^[A-Za-z0-9:_-]+$/, 'may contain letters, digits, ":", "_" and "-" only').default('bull')),
  LOG_LEVEL: z.preprocess(blankAsUnset, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  PUBLIC_URL: z.preprocess(blankAsUnset, z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional()),
  OUTBOX_POLL_MS: z.preprocess(blankAsUnset, z.coerce.number().int().min(50, 'must be at least 50').default(2000)),
  JOB_BACKOFF_MS: z.preprocess(blankAsUnset, z.coerce.number().int().min(1, 'must be at least 1').default(1000)),
  // Limits of the public GraphQL endpoint (see src/hardening).
  QUERY_DEPTH_LIMIT: z.preprocess(blankAsUnset, z.coerce.number().int('must be a whole number').min(2, 'must be at least 2').default(12)),
  QUERY_COMPLEXITY_LIMIT: z.preprocess(blankAsUnset, z.coerce.number().int('must be a whole number').min(10, 'must be at least 10').default(5000)),
  BODY_LIMIT_BYTES: z.preprocess(blankAsUnset, z.coerce.number().int('must be a whole number').min(1024, 'must be at least 1024').default(1_048_576)),
  AUTH_SECRET: z.preprocess(blankAsUnset, z.string().min(32, 'must be at least 32 characters (generate: openssl rand -base64 48)').optional()),
  TRUST_PROXY: z.preprocess(blankAsUnset, z.enum(['true', 'false'], { error: 'must be true or false' }).default('false')),
});

export interface ApiConfig {
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string | undefined;
  redisUrl: string | undefined;
  bullPrefix: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  publicUrl: string;
  outboxPollMs: number;
  jobBackoffMs: number;
  /** Signs access tokens; required in production, generated per process in development. */
  authSecret: string | undefined;
  /** Behind a load balancer: take the client address from X-Forwarded-For (sign-in limits). */
  trustProxy: boolean;
  /** Deepest selection nesting a GraphQL query may have. */
  queryDepthLimit: number;
  /** Highest cost a GraphQL query may have (see src/hardening/query-complexity.ts). */
  queryComplexityLimit: number;
  /** Largest request body the GraphQL endpoint accepts, in bytes. */
  bodyLimitBytes: number;
}

/** The variables the api reads; the README and the report list the same names. */
export const API_ENV_VARIABLES = Object.keys(EnvSchema.shape);

export function parseApiEnv(source: Readonly<Record<string, string | undefined>>): ApiConfig {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      const raw = source[name];
      return `${name} ${issue.message}${raw === undefined ? '' : ` (got "${raw}")`}`;
    });
    throw new ConfigError('CONFIG_INVALID', `Invalid configuration: ${problems.join('; ')}. Fix the variable and restart.`);
  }
  const env = result.data;
  return {
    nodeEnv: env.NODE_ENV,
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    dataDir: env.DATA_DIR,
    redisUrl: env.REDIS_URL === 'off' ? undefined : env.REDIS_URL,
    bullPrefix: env.BULL_PREFIX,
    logLevel: env.LOG_LEVEL,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, ''),
    outboxPollMs: env.OUTBOX_POLL_MS,
    jobBackoffMs: env.JOB_BACKOFF_MS,
    authSecret: env.AUTH_SECRET,
    trustProxy: env.TRUST_PROXY === 'true',
    queryDepthLimit: env.QUERY_DEPTH_LIMIT,
    queryComplexityLimit: env.QUERY_COMPLEXITY_LIMIT,
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
  };
}

/** The only read of process.env in the api. */
export function loadApiEnv(): ApiConfig {
  return parseApiEnv(process.env);
}
