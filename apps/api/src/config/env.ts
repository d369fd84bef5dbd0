// The api's configuration, parsed once at boot. Nothing else in the api reads process.env:
// every setting arrives through this object, so a bad value stops the process at start with
// a message naming the variable instead of failing later in some request. Variables the worker
// reads too come from @caravan/config/env, so both processes read them the same way.
import { ConfigError, env, LOG_LEVELS, parseEnv, redisUrl, variable, variablesOf, wholeNumber, type EnvSource } from '@caravan/config/env';
import { resolveDataDir } from '@caravan/db';
import { JOB_SERVICES_ENV_VARIABLES, parseJobServicesEnv, type JobServicesConfig } from '@caravan/jobs';
import { z } from 'zod';

export { ConfigError };

const EnvSchema = z.object({
  NODE_ENV: env.NODE_ENV,
  PORT: variable(z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be 1–65535').max(65535, 'must be 1–65535').default(4000)),
  HOST: variable(z.string().default('0.0.0.0')),
  // Without it the api runs on the embedded PostgreSQL of DATA_DIR (ADR 025).
  DATABASE_URL: variable(env.DATABASE_URL.optional()),
  DATA_DIR: variable(z.string().optional()),
  // "off" runs jobs inline without trying Redis (development only).
  REDIS_URL: variable(z.union([z.literal('off'), redisUrl('must be a redis:// or rediss:// URL, or "off"')]).default('redis://127.0.0.1:6379')),
  BULL_PREFIX: env.BULL_PREFIX,
  LOG_LEVEL: env.LOG_LEVEL,
  PUBLIC_URL: variable(z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional()),
  OUTBOX_POLL_MS: wholeNumber(50, 2000),
  JOB_BACKOFF_MS: wholeNumber(1, 1000),
  // Limits of the public GraphQL endpoint (see src/hardening).
  QUERY_DEPTH_LIMIT: wholeNumber(2, 12),
  QUERY_COMPLEXITY_LIMIT: wholeNumber(10, 10_000),
  QUERY_ROOT_FIELD_LIMIT: wholeNumber(1, 20),
  // Mutations (root fields) per minute, per signed-in account and per client address.
  MUTATION_LIMIT_PER_ACCOUNT: wholeNumber(1, 300),
  MUTATION_LIMIT_PER_ADDRESS: wholeNumber(1, 600),
  BODY_LIMIT_BYTES: wholeNumber(1024, 1_048_576),
  RESPONSE_LIMIT_BYTES: wholeNumber(1024, 10_485_760),
  AUTH_SECRET: variable(z.string().min(32, 'must be at least 32 characters (generate: openssl rand -base64 48)').optional()),
  TRUST_PROXY: variable(z.enum(['true', 'false'], { error: 'must be true or false' }).default('false')),
});

export interface ApiConfig {
  nodeEnv: 'development' | 'test' | 'production';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string | undefined;
  redisUrl: string | undefined;
  bullPrefix: string;
  logLevel: (typeof LOG_LEVELS)[number];
  publicUrl: string;
  outboxPollMs: number;
  jobBackoffMs: number;
  /** Signs access tokens; required in production, generated per process in development. */
  authSecret: string | undefined;
  /** Behind a load balancer: take the client address from X-Forwarded-For (rate limits). */
  trustProxy: boolean;
  /** Deepest selection nesting a GraphQL query may have. */
  queryDepthLimit: number;
  /** Highest cost a GraphQL query may have (see src/hardening/query-complexity.ts). */
  queryComplexityLimit: number;
  /** Most root fields (aliases included) one GraphQL operation may select. */
  queryRootFieldLimit: number;
  /** Mutations (counted per root field) allowed per minute to one account and to one address. */
  mutationLimits: { perAccount: number; perAddress: number; windowSeconds: number };
  /** Largest request body the GraphQL endpoint accepts, in bytes. */
  bodyLimitBytes: number;
  /** Largest GraphQL answer the api sends, in bytes; a larger one is replaced by RESPONSE_TOO_LARGE. */
  responseLimitBytes: number;
  /** The SMTP relay and object storage: what jobs run inline use, and where uploads are kept. */
  jobServices: JobServicesConfig;
}

/** The variables the api reads; the operations guide lists the same names (a spec checks). */
export const API_ENV_VARIABLES = [...variablesOf(EnvSchema), ...JOB_SERVICES_ENV_VARIABLES];

export function parseApiEnv(source: EnvSource): ApiConfig {
  const env = parseEnv(EnvSchema, source);
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
    queryRootFieldLimit: env.QUERY_ROOT_FIELD_LIMIT,
    mutationLimits: { perAccount: env.MUTATION_LIMIT_PER_ACCOUNT, perAddress: env.MUTATION_LIMIT_PER_ADDRESS, windowSeconds: 60 },
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    responseLimitBytes: env.RESPONSE_LIMIT_BYTES,
    jobServices: parseJobServicesEnv(source, env.NODE_ENV, resolveDataDir({ DATA_DIR: env.DATA_DIR })),
  };
}

/** The only read of process.env in the api. */
export function loadApiEnv(): ApiConfig {
  return parseApiEnv(process.env);
}
