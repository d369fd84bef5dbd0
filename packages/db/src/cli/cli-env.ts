// Environment of the db CLIs, parsed once: DATABASE_URL selects a PostgreSQL server, otherwise
// the embedded default of the data directory (DATA_DIR, default <repo>/.data).
import { z } from 'zod';
import { DbError } from '../errors.js';
import { resolveDataDir } from '../paths.js';

const ZCliEnv = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// connection string')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  NODE_ENV: z.string().optional(),
});

export interface CliEnv {
  databaseUrl: string | undefined;
  dataDir: string;
  /** The seed refuses to run under 'production'. */
  nodeEnv: string | undefined;
}

export function readCliEnv(env: NodeJS.ProcessEnv = process.env): CliEnv {
  const parsed = ZCliEnv.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DbError('SCHEMA_ENGINE_FAILED', `environment variable ${issue?.path.join('.')} ${issue?.message}`);
  }
  return { databaseUrl: parsed.data.DATABASE_URL, dataDir: resolveDataDir(env), nodeEnv: parsed.data.NODE_ENV };
}

/** Prints a DbError as one line (code and advice) and sets a failing exit code. */
export function reportCliFailure(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
}
