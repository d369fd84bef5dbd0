// Environment of the db CLIs, parsed once: DATABASE_URL selects PostgreSQL, otherwise the
// embedded PGlite under PGLITE_DATA_DIR (default <repo>/.data/pglite).
import { z } from 'zod';
import { DbError } from '../errors.js';
import { defaultPgliteDir } from '../paths.js';

const ZCliEnv = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// connection string')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  PGLITE_DATA_DIR: z.string().min(1).optional(),
});

export interface CliEnv {
  databaseUrl: string | undefined;
  pgliteDir: string;
}

export function readCliEnv(env: NodeJS.ProcessEnv = process.env): CliEnv {
  const parsed = ZCliEnv.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DbError('SCHEMA_ENGINE_FAILED', `environment variable ${issue?.path.join('.')} ${issue?.message}`);
  }
  return { databaseUrl: parsed.data.DATABASE_URL, pgliteDir: parsed.data.PGLITE_DATA_DIR ?? defaultPgliteDir() };
}

/** Prints a DbError as one line (code and advice) and sets a failing exit code. */
export function reportCliFailure(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
}
