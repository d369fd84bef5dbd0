// Turns the schema engine's error for a failed `applyMigrations` into a DbError that names the
// migration folder and the database's own message, with the way out.
import { DbError } from '../errors.js';
import type { ScriptFailure } from './whole-script-adapter.js';

interface EngineErrorShape {
  message?: string;
  code?: string;
}

/** The engine's message is its summary line(s) followed by a numbered span trace. */
function summary(message: string): string {
  const lines = message.split('\n');
  const traceStart = lines.findIndex((line) => /^\s+\d+: /.test(line));
  return (traceStart === -1 ? lines : lines.slice(0, traceStart)).join(' ').replace(/\s+/g, ' ').trim();
}

export function explainApplyFailure(error: unknown, scriptFailures: ScriptFailure[]): DbError {
  const shape = (typeof error === 'object' && error !== null ? error : {}) as EngineErrorShape;
  const message = shape.message ?? String(error);
  const migration = /migration_name="([^"]+)"/.exec(message)?.[1];
  const dbFailure = scriptFailures.at(-1);
  if (shape.code === 'P3009') {
    return new DbError(
      'MIGRATION_HISTORY_BLOCKED',
      `${summary(message)} Repair the database, then mark the migration rolled back (db:migrate --rolled-back <name>) and apply again.`,
      { cause: error },
    );
  }
  if (migration) {
    const said = dbFailure ? `${dbFailure.message}${dbFailure.code ? ` [SQLSTATE ${dbFailure.code}]` : ''}` : summary(message);
    return new DbError(
      'MIGRATION_FAILED',
      `migration ${migration} failed: ${said}. Its statements were rolled back and earlier migrations stay applied; _prisma_migrations records it as failed. Fix prisma/migrations/${migration}/migration.sql, run db:migrate --rolled-back ${migration}, then apply again.`,
      { cause: error },
    );
  }
  return new DbError('SCHEMA_ENGINE_FAILED', summary(message), { cause: error });
}
