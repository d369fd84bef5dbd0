// Environment variables more than one process reads, each defined once: the api and the worker
// compose their schemas from these (apps/api/src/config/env.ts, apps/worker/src/config/env.ts).
import { z } from 'zod';

/** Blank variables (FOO= in a .env file) mean "not set", as they do for most tools. */
export const blankAsUnset = (value: unknown): unknown => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** A variable: blank counts as unset, then `schema` decides. */
export const variable = <S extends z.ZodType>(schema: S) => z.preprocess(blankAsUnset, schema);

export const NODE_ENVS = ['development', 'test', 'production'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

export const postgresUrl = (error = 'must be a postgres:// or postgresql:// URL') => z.url({ protocol: /^postgres(ql)?$/, error });
export const redisUrl = (error = 'must be a redis:// or rediss:// URL') => z.url({ protocol: /^rediss?$/, error });

/** Integer settings: a whole number of at least `min`, `fallback` when unset. */
export const wholeNumber = (min: number, fallback: number) =>
  variable(z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(min, `must be at least ${min}`).default(fallback));

/** The shared variables. */
export const env = {
  NODE_ENV: variable(z.enum(NODE_ENVS).default('development')),
  LOG_LEVEL: variable(z.enum(LOG_LEVELS).default('info')),
  /** Namespace of the Bull queues in Redis; api and worker must agree. */
  BULL_PREFIX: variable(z.string().regex(/^[A-Za-z0-9:_-]+$/, 'may contain letters, digits, ":", "_" and "-" only').default('bull')),
  /** A required PostgreSQL URL. */
  DATABASE_URL: variable(postgresUrl()),
  REDIS_URL: variable(redisUrl().default(DEFAULT_REDIS_URL)),
  /** Bearer token /metrics asks for; without it /metrics is open outside production and off in production. */
  METRICS_TOKEN: variable(z.string().min(16, 'must be at least 16 characters (generate: openssl rand -base64 24)').optional()),
  /** How often a worker records that it consumes its queues; the api's health counts a worker silent for 3 such periods as gone. */
  WORKER_HEARTBEAT_MS: wholeNumber(100, 5000),
};
