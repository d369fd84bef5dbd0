// The worker's configuration, parsed once at boot; nothing else reads process.env. A bad value
// stops the process with a message naming the variable. Every variable it reads is one the api
// reads too, defined once in @caravan/config/env.
import { env, parseEnv, postgresUrl, variable, variablesOf, wholeNumber, type EnvSource, type LogLevel, type NodeEnv } from '@caravan/config/env';
import { resolveDataDir } from '@caravan/db';
import { JOB_SERVICES_ENV_VARIABLES, parseJobServicesEnv, type JobServicesConfig } from '@caravan/jobs';
import { z } from 'zod';

const EnvSchema = z.object({
  NODE_ENV: env.NODE_ENV,
  // The launcher hands the worker the embedded server's URL; run alone, it needs one too.
  DATABASE_URL: variable(postgresUrl('must be set to a postgres:// URL (pnpm start passes the embedded database URL)')),
  REDIS_URL: env.REDIS_URL,
  BULL_PREFIX: env.BULL_PREFIX,
  WORKER_HEARTBEAT_MS: env.WORKER_HEARTBEAT_MS,
  METRICS_TOKEN: env.METRICS_TOKEN,
  // The worker's /metrics server: off unless METRICS_PORT is set (0 takes any free port).
  METRICS_PORT: variable(z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(0, 'must be 0–65535').max(65535, 'must be 0–65535').optional()),
  METRICS_HOST: variable(z.string().default('127.0.0.1')),
  LOG_LEVEL: env.LOG_LEVEL,
  // The local storage folder is DATA_DIR/storage unless STORAGE_LOCAL_ROOT says otherwise.
  DATA_DIR: variable(z.string().optional()),
  // Bull's crash detection: a job whose lock is not renewed for JOB_LOCK_MS (its worker died) is
  // taken again at the next stalled check; after JOB_MAX_STALLED such crashes Bull fails it.
  JOB_LOCK_MS: wholeNumber(1000, 30_000),
  JOB_STALLED_CHECK_MS: wholeNumber(500, 30_000),
  JOB_MAX_STALLED: wholeNumber(1, 3),
  // Jobs run at once per queue.
  WORKER_CONCURRENCY: wholeNumber(1, 4),
});

export interface WorkerConfig {
  nodeEnv: NodeEnv;
  databaseUrl: string;
  redisUrl: string;
  bullPrefix: string;
  logLevel: LogLevel;
  /** Bull's lock and stalled-job settings (crash detection). */
  stalled: { lockDuration: number; stalledInterval: number; maxStalledCount: number };
  concurrency: number;
  /** Where /metrics is served (port undefined: not at all) and the bearer token it wants. */
  metrics: { port: number | undefined; host: string; token: string | undefined };
  /** How often the worker records in Redis that it consumes its queues. */
  heartbeatMs: number;
  /** The SMTP relay and object storage the jobs use; production refuses to start without them. */
  jobServices: JobServicesConfig;
}

/** The variables the worker reads; the operations guide lists the same names (a spec checks). */
export const WORKER_ENV_VARIABLES = [...variablesOf(EnvSchema), ...JOB_SERVICES_ENV_VARIABLES];

export function parseWorkerEnv(source: EnvSource): WorkerConfig {
  const parsed = parseEnv(EnvSchema, source);
  return {
    nodeEnv: parsed.NODE_ENV,
    databaseUrl: parsed.DATABASE_URL,
    redisUrl: parsed.REDIS_URL,
    bullPrefix: parsed.BULL_PREFIX,
    logLevel: parsed.LOG_LEVEL,
    stalled: { lockDuration: parsed.JOB_LOCK_MS, stalledInterval: parsed.JOB_STALLED_CHECK_MS, maxStalledCount: parsed.JOB_MAX_STALLED },
    concurrency: parsed.WORKER_CONCURRENCY,
    heartbeatMs: parsed.WORKER_HEARTBEAT_MS,
    metrics: { port: parsed.METRICS_PORT, host: parsed.METRICS_HOST, token: parsed.METRICS_TOKEN },
    jobServices: parseJobServicesEnv(source, parsed.NODE_ENV, resolveDataDir({ DATA_DIR: parsed.DATA_DIR })),
  };
}

/** The only read of process.env in the worker. */
export function loadWorkerEnv(): WorkerConfig {
  return parseWorkerEnv(process.env);
}
