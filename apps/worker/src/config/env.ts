// The worker's configuration, parsed once at boot; nothing else reads process.env. A bad value
// stops the process with a message naming the variable.
import { z } from 'zod';

export class WorkerConfigError extends Error {
  override readonly name = 'WorkerConfigError';
  readonly code = 'CONFIG_INVALID';
}

const blankAsUnset = (value: unknown): unknown => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const EnvSchema = z.object({
  NODE_ENV: z.preprocess(blankAsUnset, z.enum(['development', 'test', 'production']).default('development')),
  // The launcher hands the worker the embedded server's URL; run alone, it needs one too.
  DATABASE_URL: z.preprocess(
    blankAsUnset,
    z.url({ protocol: /^postgres(ql)?$/, error: 'must be set to a postgres:// URL (pnpm start passes the embedded database URL)' }),
  ),
  REDIS_URL: z.preprocess(blankAsUnset, z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).default('redis://127.0.0.1:6379')),
  BULL_PREFIX: z.preprocess(blankAsUnset, z.string().regex(/^[A-Za-z0-9:_-]+$/, 'may contain letters, digits, ":", "_" and "-" only').default('bull')),
  LOG_LEVEL: z.preprocess(blankAsUnset, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
});

export interface WorkerConfig {
  nodeEnv: 'development' | 'test' | 'production';
  databaseUrl: string;
  redisUrl: string;
  bullPrefix: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

export function parseWorkerEnv(source: Readonly<Record<string, string | undefined>>): WorkerConfig {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      const raw = source[name];
      return `${name} ${issue.message}${raw === undefined ? '' : ` (got "${raw}")`}`;
    });
    throw new WorkerConfigError(`Invalid configuration: ${problems.join('; ')}. Fix the variable and restart.`);
  }
  const env = result.data;
  return {
    nodeEnv: env.NODE_ENV,
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    bullPrefix: env.BULL_PREFIX,
    logLevel: env.LOG_LEVEL,
  };
}

/** The only read of process.env in the worker. */
export function loadWorkerEnv(): WorkerConfig {
  return parseWorkerEnv(process.env);
}
