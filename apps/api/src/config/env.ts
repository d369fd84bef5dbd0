// The api's configuration, parsed once at boot. Nothing else in the api reads process.env:
// every setting arrives through this object, so a bad value stops the process at start with
// a message naming the variable instead of failing later in some request. Variables the worker
// reads too come from @caravan/config/env, so both processes read them the same way.
import { ConfigError, env, LOG_LEVELS, parseEnv, redisUrl, trustProxy, variable, variablesOf, wholeNumber, type EnvSource, type TrustProxy } from '@caravan/config/env';
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
  WORKER_HEARTBEAT_MS: env.WORKER_HEARTBEAT_MS,
  METRICS_TOKEN: env.METRICS_TOKEN,
  // Health turns degraded when a job waits (or an outbox row stays pending) longer than this.
  HEALTH_MAX_JOB_WAIT_MS: wholeNumber(1, 300_000),
  LOG_LEVEL: env.LOG_LEVEL,
  PUBLIC_URL: variable(z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional()),
  // The portal's address: the links mailed to participants (magic links, invitations) point there.
  PORTAL_URL: variable(z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).default('http://localhost:3000')),
  OUTBOX_POLL_MS: wholeNumber(50, 2000),
  JOB_BACKOFF_MS: wholeNumber(1, 1000),
  // The reconciler: how often it runs, and how long a row stays DISPATCHED before it looks.
  OUTBOX_RECONCILE_MS: wholeNumber(100, 30_000),
  OUTBOX_RECONCILE_AFTER_MS: wholeNumber(0, 60_000),
  // Finished outbox rows and Bull jobs are kept this many days; expired sessions are removed.
  RETENTION_DAYS: wholeNumber(1, 14),
  // Limits of the public GraphQL endpoint (see src/hardening).
  QUERY_DEPTH_LIMIT: wholeNumber(2, 12),
  QUERY_COMPLEXITY_LIMIT: wholeNumber(10, 10_000),
  QUERY_ROOT_FIELD_LIMIT: wholeNumber(1, 20),
  // Mutations (root fields) per minute, per signed-in account and per client address.
  MUTATION_LIMIT_PER_ACCOUNT: wholeNumber(1, 300),
  MUTATION_LIMIT_PER_ADDRESS: wholeNumber(1, 600),
  BODY_LIMIT_BYTES: wholeNumber(1024, 1_048_576),
  // How long a cached public answer may live in Redis at most; 0 turns the cache off (see src/public-cache).
  PUBLIC_CACHE_TTL_SECONDS: wholeNumber(0, 600),
  RESPONSE_LIMIT_BYTES: wholeNumber(1024, 10_485_760),
  AUTH_SECRET: variable(z.string().min(32, 'must be at least 32 characters (generate: openssl rand -base64 48)').optional()),
  // Encrypts the editions' badge-signing keys at rest (see src/badges/signing-key-cipher.ts).
  BADGE_KEY_SECRET: variable(z.string().min(32, 'must be at least 32 characters (generate: openssl rand -base64 48)').optional()),
  // Absolute lifetime of a sign-in session: past it, refresh is refused however active the session.
  SESSION_MAX_HOURS: variable(z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1, 'must be 1–720').max(720, 'must be 1–720').default(12)),
  // Days an admin account may administer accounts and roles before it must use two-step sign-in.
  ADMIN_MFA_GRACE_DAYS: variable(z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must be 0–90').max(90, 'must be 0–90').default(7)),
  // The organizer console, whose address password-reset mails link to.
  CONSOLE_URL: variable(z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional()),
  // Which proxies may report the client's address (rate limits, audit): a hop count or a CIDR list, never "true".
  TRUST_PROXY: trustProxy,
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
  /** Base URL of the portal, without a trailing slash: mailed links point there. */
  portalUrl: string;
  outboxPollMs: number;
  jobBackoffMs: number;
  /** How often the reconciler re-dispatches rows whose Bull job is gone. */
  outboxReconcileMs: number;
  /** How long a row stays DISPATCHED before the reconciler checks its Bull job. */
  outboxReconcileAfterMs: number;
  /** Bearer token of /metrics; unset: open outside production, off in production. */
  metricsToken: string | undefined;
  /** How often workers write their heartbeat (health counts a worker silent for 3 periods as gone). */
  workerHeartbeatMs: number;
  /** Longest wait of a job (or pending outbox row) before health says degraded. */
  healthMaxJobWaitMs: number;
  /** Days finished outbox rows and finished Bull jobs are kept. */
  retentionDays: number;
  /** Signs access tokens; required in production, generated per process in development. */
  authSecret: string | undefined;
  /** Encrypts the editions' badge-signing private keys; required in production. */
  badgeKeySecret?: string | undefined;
  /** Absolute lifetime of a sign-in session in milliseconds: no refresh past it. */
  sessionMaxLifetimeMs: number;
  /** Days after its creation an admin account may administer accounts and roles without two-step sign-in. */
  adminMfaGraceDays: number;
  /** Base URL of the organizer console (password-reset links). */
  consoleUrl: string;
  /** Behind proxies: how many hops, or which proxy addresses, may report the client address in X-Forwarded-For. */
  trustProxy: TrustProxy;
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
  /** Lifetime of a cached public answer in seconds; 0: no cache. */
  publicCacheTtlSeconds: number;
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
    portalUrl: env.PORTAL_URL.replace(/\/+$/, ''),
    outboxPollMs: env.OUTBOX_POLL_MS,
    jobBackoffMs: env.JOB_BACKOFF_MS,
    outboxReconcileMs: env.OUTBOX_RECONCILE_MS,
    outboxReconcileAfterMs: env.OUTBOX_RECONCILE_AFTER_MS,
    retentionDays: env.RETENTION_DAYS,
    workerHeartbeatMs: env.WORKER_HEARTBEAT_MS,
    metricsToken: env.METRICS_TOKEN,
    healthMaxJobWaitMs: env.HEALTH_MAX_JOB_WAIT_MS,
    authSecret: env.AUTH_SECRET,
    badgeKeySecret: env.BADGE_KEY_SECRET,
    trustProxy: env.TRUST_PROXY,
    sessionMaxLifetimeMs: env.SESSION_MAX_HOURS * 60 * 60 * 1000,
    adminMfaGraceDays: env.ADMIN_MFA_GRACE_DAYS,
    consoleUrl: (env.CONSOLE_URL ?? 'http://localhost:3001').replace(/\/+$/, ''),
    queryDepthLimit: env.QUERY_DEPTH_LIMIT,
    queryComplexityLimit: env.QUERY_COMPLEXITY_LIMIT,
    queryRootFieldLimit: env.QUERY_ROOT_FIELD_LIMIT,
    mutationLimits: { perAccount: env.MUTATION_LIMIT_PER_ACCOUNT, perAddress: env.MUTATION_LIMIT_PER_ADDRESS, windowSeconds: 60 },
    bodyLimitBytes: env.BODY_LIMIT_BYTES,
    publicCacheTtlSeconds: env.PUBLIC_CACHE_TTL_SECONDS,
    responseLimitBytes: env.RESPONSE_LIMIT_BYTES,
    jobServices: parseJobServicesEnv(source, env.NODE_ENV, resolveDataDir({ DATA_DIR: env.DATA_DIR })),
  };
}

/** The only read of process.env in the api. */
export function loadApiEnv(): ApiConfig {
  return parseApiEnv(process.env);
}
