// Typed errors of @caravan/db: every failure carries a stable code and a message that says
// what to do next, so CLIs and the api can report it without a stack trace.
export type DbErrorCode =
  | 'DATA_DIR_LOCKED'
  | 'DATA_DIR_AMBIGUOUS'
  | 'DATA_DIR_UNREACHABLE'
  | 'EMBEDDED_PORT_IN_USE'
  | 'EMBEDDED_START_FAILED'
  | 'EMBEDDED_UNSUPPORTED_PLATFORM'
  | 'PGLITE_IMPORT_FAILED'
  | 'MIGRATION_FAILED'
  | 'MIGRATION_HISTORY_BLOCKED'
  | 'MIGRATION_NAME_INVALID'
  | 'MIGRATIONS_DIR_UNREADABLE'
  | 'SCHEMA_ENGINE_FAILED'
  | 'TEST_DATABASE_UNAVAILABLE'
  | 'SEED_INPUT_INVALID'
  /** The demo seed was asked to run where demo accounts must never exist (NODE_ENV=production). */
  | 'SEED_REFUSED'
  /** A row holds what its column's contract forbids (e.g. a text column that is not a text map). */
  | 'DATA_INVALID';

export class DbError extends Error {
  override readonly name = 'DbError';
  constructor(
    readonly code: DbErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${code}: ${message}`, options);
  }
}

export function isDbError(error: unknown, code?: DbErrorCode): error is DbError {
  return error instanceof DbError && (code === undefined || error.code === code);
}
