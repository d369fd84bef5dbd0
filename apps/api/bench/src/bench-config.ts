// The bench's settings, read once from the environment with defaults that fit a 2-core machine.
import { randomBytes, randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { BenchError } from './bench-error.js';
import { DATABASE_TARGETS, type DatabaseTarget } from './bench-databases.js';

const Env = z.object({
  BENCH_CONNECTIONS: z.coerce.number().int().min(1).max(256).default(16),
  BENCH_DURATION: z.coerce.number().int().min(1).max(120).default(10),
  BENCH_WARMUP: z.coerce.number().int().min(0).max(60).default(3),
  BENCH_ROUNDS: z.coerce.number().int().min(1).max(5).default(2),
  BENCH_TARGET_RATIO: z.coerce.number().positive().max(1).default(0.5),
  /** 1: exit non-zero when the api stays below the target ratio (off by default: shared CPUs are noisy). */
  BENCH_ENFORCE_TARGET: z.enum(['0', '1']).default('0'),
  /** 1: print the api's statements, to update bare-statements.ts after a repository change. */
  BENCH_PRINT_SQL: z.enum(['0', '1']).default('0'),
  BENCH_RESULTS_DIR: z.string().optional(),
  /** A directory: both servers are CPU-profiled and write api.cpuprofile / bare.cpuprofile there. */
  BENCH_CPU_PROFILE_DIR: z.string().optional(),
  REDIS_URL: z.string().default('redis://127.0.0.1:6379'),
  /** Where the bench creates (and drops) its databases on the machine's PostgreSQL. */
  TEST_DATABASE_URL: z.string().default('postgresql://postgres@127.0.0.1:5432/postgres'),
  /** Databases of the database-targets bench, comma-separated (see bench-databases.ts). */
  BENCH_DATABASES: z
    .string()
    .default('system,embedded')
    .transform((value) => value.split(',').map((name) => name.trim()))
    .pipe(z.array(z.enum(DATABASE_TARGETS)).min(1)),
  BENCH_WRITERS: z.coerce.number().int().min(1).max(64).default(8),
  BENCH_WRITES: z.coerce.number().int().min(1).max(100_000).default(2000),
  /**
   * The registration rush only: the main.js of another build of the api (e.g. a copy of dist/ made
   * before a change), measured in the same run, alternating with this one, on a database of its own:
   * a before/after comparison under the same load.
   */
  BENCH_COMPARE_API_MAIN: z.string().optional(),
  /** A sentence for the results, e.g. that the machine was shared while measuring. */
  BENCH_NOTE: z.string().optional(),
});

export interface BenchConfig {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  rounds: number;
  targetRatio: number;
  enforceTarget: boolean;
  printSql: boolean;
  resultsDir: string;
  cpuProfileDir: string | undefined;
  redisUrl: string;
  adminUrl: string;
  databases: DatabaseTarget[];
  writers: number;
  writes: number;
  note: string | undefined;
  compareApiMain: string | undefined;
}

/** apps/api/bench/dist → the repository root. */
export const REPO_ROOT = resolve(__dirname, '..', '..', '..', '..');
export const API_MAIN = resolve(__dirname, '..', '..', 'dist', 'main.js');
export const BARE_SERVER = resolve(__dirname, 'bare-server.js');

export function loadBenchConfig(source: Readonly<Record<string, string | undefined>> = process.env): BenchConfig {
  const parsed = Env.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${String(issue.path[0])} ${issue.message}`).join('; ');
    throw new BenchError('CONFIG_INVALID', `Invalid bench settings: ${problems}. Fix the variable and run again.`);
  }
  const env = parsed.data;
  return {
    connections: env.BENCH_CONNECTIONS,
    durationSeconds: env.BENCH_DURATION,
    warmupSeconds: env.BENCH_WARMUP,
    rounds: env.BENCH_ROUNDS,
    targetRatio: env.BENCH_TARGET_RATIO,
    enforceTarget: env.BENCH_ENFORCE_TARGET === '1',
    printSql: env.BENCH_PRINT_SQL === '1',
    resultsDir: resolve(env.BENCH_RESULTS_DIR ?? resolve(REPO_ROOT, 'bench', 'results')),
    cpuProfileDir: env.BENCH_CPU_PROFILE_DIR === undefined ? undefined : resolve(env.BENCH_CPU_PROFILE_DIR),
    redisUrl: env.REDIS_URL,
    adminUrl: env.TEST_DATABASE_URL,
    databases: [...new Set(env.BENCH_DATABASES)],
    writers: env.BENCH_WRITERS,
    writes: env.BENCH_WRITES,
    note: env.BENCH_NOTE,
    compareApiMain: env.BENCH_COMPARE_API_MAIN === undefined ? undefined : resolve(env.BENCH_COMPARE_API_MAIN),
  };
}

/**
 * The environment of the built api in production mode for a bench run: its database and Redis, a
 * namespace of its own, a throwaway signing key, and the mail and storage settings production
 * requires (no mail is sent and nothing is stored during a bench; the relay is never contacted).
 */
export function benchApiEnv(databaseUrl: string, redisUrl: string): Record<string, string> {
  return {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    BULL_PREFIX: `caravan-bench-${randomUUID()}`,
    LOG_LEVEL: 'warn',
    AUTH_SECRET: randomBytes(48).toString('base64'),
    BADGE_KEY_SECRET: randomBytes(48).toString('base64'),
    SMTP_HOST: '127.0.0.1',
    MAIL_FROM: 'Caravan bench <bench@caravan.invalid>',
    STORAGE_DRIVER: 'local',
    STORAGE_LOCAL_ROOT: join(tmpdir(), `caravan-bench-storage-${randomUUID()}`),
  };
}
