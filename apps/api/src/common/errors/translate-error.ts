// The one place where errors of our packages and of the database become AppErrors. The GraphQL
// error formatter and the HTTP filter call toAppError on whatever reaches them; writers that know
// which input field a package call was about wrap the call in inField(). Each package's codes
// have an exhaustive table, so a new code there fails to compile here until it is mapped.
import { DbError, Prisma, type DbErrorCode } from '@caravan/db';
import { ForumRuleError, type ForumRuleErrorCode } from '@caravan/forums';
import { RegistrationRuleError, type RegistrationRuleErrorCode } from '@caravan/forums/registration';
import { CatalogueError, type CatalogueErrorCode } from '@caravan/regions';
import { TracksError, type TracksErrorCode } from '@caravan/tracks';
import { AppError, alreadyTaken, badField, renameFields, type ErrorCode, underField } from './app-error.js';

interface PackageMapping {
  /** INTERNAL: a fault, logged with an error id like any unexpected error. */
  code: Extract<ErrorCode, 'BAD_USER_INPUT' | 'NOT_FOUND' | 'UNAVAILABLE'> | 'INTERNAL';
  /** The input field such an error is usually about, when the caller does not say. */
  field: string;
}

const badInputIn = (field: string) => ({ code: 'BAD_USER_INPUT', field }) as const;
/** The database (or its migrations) is not in a state to serve; the client may retry later. */
const UNAVAILABLE = { code: 'UNAVAILABLE', field: 'input' } as const;
const INTERNAL = { code: 'INTERNAL', field: 'input' } as const;

const TRACKS = {
  UNKNOWN_TRACK: badInputIn('trackSlug'),
  INVALID_TIME_ZONE: badInputIn('timeZone'),
  INVALID_LOCAL_DATE: badInputIn('date'),
  INVALID_LOCAL_TIME: badInputIn('time'),
  INVALID_INSTANT: badInputIn('time'),
} as const satisfies Record<TracksErrorCode, PackageMapping>;

const FORUMS = {
  EDITION_TRANSITION_REFUSED: badInputIn('to'),
  AGREEMENT_TRANSITION_REFUSED: badInputIn('status'),
} as const satisfies Record<ForumRuleErrorCode, PackageMapping>;

const REGISTRATION = {
  APPLICATION_TRANSITION_REFUSED: badInputIn('status'),
  APPLICATION_ACTOR_REFUSED: badInputIn('status'),
  APPLICATION_REASON_REQUIRED: badInputIn('reason'),
  APPLICATION_REASON_TOO_LONG: badInputIn('reason'),
  // The edition's stored form or categories do not fit together: a fault of the configuration.
  REGISTRATION_CONFIG_INVALID: INTERNAL,
} as const satisfies Record<RegistrationRuleErrorCode, PackageMapping>;

const CATALOGUE = {
  UNKNOWN_COUNTRY: badInputIn('countryCode'),
  UNKNOWN_REGION: badInputIn('regionCode'),
  UNKNOWN_SUBNATIONAL_UNIT: badInputIn('subdivisionId'),
  UNKNOWN_LANGUAGE: badInputIn('language'),
  NO_SUPPORTED_LANGUAGES: badInputIn('lang'),
} as const satisfies Record<CatalogueErrorCode, PackageMapping>;

const DB = {
  DATA_DIR_LOCKED: UNAVAILABLE,
  DATA_DIR_AMBIGUOUS: UNAVAILABLE,
  DATA_DIR_UNREACHABLE: UNAVAILABLE,
  EMBEDDED_PORT_IN_USE: UNAVAILABLE,
  EMBEDDED_START_FAILED: UNAVAILABLE,
  EMBEDDED_UNSUPPORTED_PLATFORM: UNAVAILABLE,
  PGLITE_IMPORT_FAILED: UNAVAILABLE,
  MIGRATION_FAILED: UNAVAILABLE,
  MIGRATION_HISTORY_BLOCKED: UNAVAILABLE,
  MIGRATION_NAME_INVALID: UNAVAILABLE,
  MIGRATIONS_DIR_UNREADABLE: UNAVAILABLE,
  SCHEMA_ENGINE_FAILED: UNAVAILABLE,
  TEST_DATABASE_UNAVAILABLE: UNAVAILABLE,
  SEED_INPUT_INVALID: badInputIn('input'),
  SEED_REFUSED: INTERNAL,
  DATA_INVALID: INTERNAL,
} as const satisfies Record<DbErrorCode, PackageMapping>;

function fromPackage(mapping: PackageMapping, message: string, field: string | undefined): AppError | null {
  if (mapping.code === 'INTERNAL') return null;
  if (mapping.code === 'BAD_USER_INPUT') return badField(field ?? mapping.field, message);
  return new AppError(mapping.code, message);
}

/** Columns that scope a unique key rather than name the value a client chose. */
const SCOPE_COLUMNS: Readonly<Record<string, string>> = {
  seriesId: 'series',
  editionId: 'edition',
  venueId: 'venue',
  indicatorId: 'indicator',
  userId: 'account',
  agreementId: 'agreement',
};

/** "IndicatorValue" -> "indicator value". */
const words = (model: string): string => model.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

/**
 * A unique index refused a write. Prisma names indexes `<Model>_<column>_..._key`, which says
 * which value was taken; the value a client chose is the one column that is not a scope.
 */
function uniqueViolation(table: string, index: string): AppError | null {
  const match = new RegExp(`^${table}_(.+)_key$`).exec(index);
  if (!match?.[1]) return null;
  const columns = match[1].split('_');
  const chosen = columns.filter((column) => !(column in SCOPE_COLUMNS));
  const scope = columns.find((column) => column in SCOPE_COLUMNS);
  return alreadyTaken({ field: chosen.at(-1) ?? columns.at(-1) ?? 'input', entity: words(table), within: scope ? (SCOPE_COLUMNS[scope] ?? null) : null });
}

interface UniqueViolationFacts {
  table: string;
  index: string;
}

/** Where Prisma's driver adapter (P2002) or node-postgres (23505) put the index name. */
function uniqueViolationFacts(error: unknown): UniqueViolationFacts | null {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
    const cause = (error.meta as { driverAdapterError?: { cause?: { constraint?: { index?: unknown }; table?: unknown } } } | undefined)?.driverAdapterError?.cause;
    const index = cause?.constraint?.index;
    const table = cause?.table ?? error.meta?.['modelName'];
    return typeof index === 'string' && typeof table === 'string' ? { table, index } : null;
  }
  if (typeof error === 'object' && error !== null && 'code' in error && error.code === '23505' && 'constraint' in error && 'table' in error) {
    return typeof error.constraint === 'string' && typeof error.table === 'string' ? { table: error.table, index: error.constraint } : null;
  }
  return null;
}

/** The exclusion constraint that keeps a room to one session at a time (see its migration). */
export const ROOM_TIME_CONSTRAINT = 'Session_room_time_excl';

interface ExclusionViolation {
  constraint: string;
  /** PostgreSQL's "Key (...)=(...) conflicts with existing key (...)=(...)." */
  detail: string;
}

/** Where Prisma's driver adapter or node-postgres put an exclusion violation (SQLSTATE 23P01). */
function exclusionViolation(error: unknown): ExclusionViolation | null {
  let cause: unknown = error;
  if (error instanceof Prisma.PrismaClientKnownRequestError) cause = (error.meta as { driverAdapterError?: { cause?: unknown } } | undefined)?.driverAdapterError?.cause;
  if (typeof cause !== 'object' || cause === null || !('code' in cause) || cause.code !== '23P01') return null;
  const { constraint, message, detail } = cause as { constraint?: unknown; message?: unknown; detail?: unknown };
  const name = typeof constraint === 'string' ? constraint : typeof message === 'string' ? /constraint "([^"]+)"/.exec(message)?.[1] : undefined;
  return name && typeof detail === 'string' ? { constraint: name, detail } : null;
}

/** The exclusion constraint `error` violated, or null. */
export function violatedExclusion(error: unknown): string | null {
  return exclusionViolation(error)?.constraint ?? null;
}

/** ("roomId", tsrange(...), id)=(<room>, ["<start>","<end>"), <session>) for the new row, then the existing one. */
const ROOM_TIME_KEY = /\)=\((?<room>[^,]+), [[(]"(?<start>[^"]*)","(?<end>[^"]*)"[)\]], (?<session>[^)]+)\)/g;

/**
 * The room constraint refused a session: the same ROOM_OVERLAP problem the programme check
 * gives, naming both sessions by id and their UTC times (the writer names them by title when it can).
 */
function roomOverlap(detail: string): AppError {
  const [row, existing] = [...detail.matchAll(ROOM_TIME_KEY)].map((m) => m.groups ?? {});
  if (!row || !existing) return badField('roomId', 'ROOM_OVERLAP: another session is in this room at the same time');
  const span = (key: Record<string, string>) => `${key['start']}–${key['end']} UTC`;
  return badField(
    'roomId',
    `ROOM_OVERLAP: Sessions ${row['session']} (${span(row)}) and ${existing['session']} (${span(existing)}) are both in room ${row['room']} at the same time`,
  );
}

/** Exclusion constraints by name: the AppError each violation stands for, from its detail. */
const EXCLUSIONS: Readonly<Record<string, (detail: string) => AppError>> = {
  [ROOM_TIME_CONSTRAINT]: roomOverlap,
};

/** Seconds a client waits before retrying a write that found no free database connection. */
const SERVICE_BUSY_RETRY_SECONDS = 2;

/**
 * Prisma's P2028 ("unable to start a transaction in the given time"): the pool had no free
 * connection within the write's maxWait. The transaction never started, so nothing was written
 * and the same request may simply be sent again.
 */
const serviceBusy = (): AppError =>
  new AppError('SERVICE_BUSY', `The service is busy: no database connection was free, so nothing was changed. Send the same request again in ${SERVICE_BUSY_RETRY_SECONDS} seconds.`, [], {
    retryAfterSeconds: SERVICE_BUSY_RETRY_SECONDS,
  });

export interface TranslationContext {
  /** The input field the failing call was about (e.g. "startTime" around fromLocal). */
  field?: string;
}

/**
 * The AppError an error stands for, or null for an unexpected one (a fault to log with an id).
 * Errors that are already AppErrors pass through unchanged.
 */
export function toAppError(error: unknown, context: TranslationContext = {}): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof TracksError) return fromPackage(TRACKS[error.code], error.message, context.field);
  if (error instanceof ForumRuleError) return fromPackage(FORUMS[error.code], error.message, context.field);
  if (error instanceof RegistrationRuleError) return fromPackage(REGISTRATION[error.code], error.message, context.field);
  if (error instanceof CatalogueError) return fromPackage(CATALOGUE[error.code], error.message, context.field);
  if (error instanceof DbError) return fromPackage(DB[error.code], error.message, context.field);
  const unique = uniqueViolationFacts(error);
  if (unique) return uniqueViolation(unique.table, unique.index);
  const exclusion = exclusionViolation(error);
  const explain = exclusion ? EXCLUSIONS[exclusion.constraint] : undefined;
  if (exclusion && explain) return explain(exclusion.detail);
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2028') return serviceBusy();
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2025') {
    return new AppError('UNAVAILABLE', 'A record this change needs was removed meanwhile; reload and try again.');
  }
  return null;
}

/** Runs `work`; a package error it throws is reported against the input field `field`. */
export function inField<T>(field: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    throw toAppError(error, { field }) ?? error;
  }
}

/**
 * Runs `work` on a nested input (an item of a list argument, an input object): the field
 * problems of whatever it throws are reported under `prefix`, e.g. "value.period".
 */
export async function underInput<T>(prefix: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const translated = toAppError(error);
    throw translated ? underField(translated, prefix) : error;
  }
}

/** underInput for synchronous work (validating one argument). */
export function underInputSync<T>(prefix: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    const translated = toAppError(error);
    throw translated ? underField(translated, prefix) : error;
  }
}

/**
 * Runs `work`; the field problems of what it throws are renamed through `names`, for an input
 * whose fields the domain schema names differently (the schema's startsAt is the input's startTime).
 */
export function withFieldNames<T>(names: Readonly<Record<string, string>>, work: () => T): T {
  try {
    return work();
  } catch (error) {
    const translated = toAppError(error);
    throw translated ? renameFields(translated, names) : error;
  }
}
