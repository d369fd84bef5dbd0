// The one error type the api raises on purpose. Its code says what went wrong in a way clients
// can branch on; ERROR_TABLE gives every code its GraphQL `extensions.code` and HTTP status, and
// `satisfies` makes a code without a row a compile error. Errors of our packages and of the
// database are turned into AppErrors in one place (translate-error.ts); anything else reaching a
// client is answered INTERNAL_SERVER_ERROR with an error id.

export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'ALREADY_TAKEN',
  'STALE_EDIT',
  'IDEMPOTENCY_KEY_REUSED',
  'REGISTRATION_CLOSED',
  'CATEGORY_FULL',
  'MEDIA_QUOTA_FULL',
  'INVITATION_INVALID',
  'DELEGATION_QUOTA_FULL',
  'APPLICATION_LINK_INVALID',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'SESSION_INVALID',
  'MFA_REQUIRED',
  'FORBIDDEN',
  'MFA_ENROLMENT_REQUIRED',
  'RATE_LIMITED',
  'UNAVAILABLE',
  'SERVICE_BUSY',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'QUERY_TOO_WIDE',
  'PAYLOAD_TOO_LARGE',
  'RESPONSE_TOO_LARGE',
  'GRAPHQL_VALIDATION_FAILED',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorMapping {
  /** `extensions.code` of the GraphQL error. */
  graphql: string;
  /** Status of a plain HTTP answer (exports, documents). GraphQL answers keep 200 for field errors. */
  http: number;
  /** What the client should do, for the docs. */
  meaning: string;
}

export const ERROR_TABLE = {
  BAD_USER_INPUT: { graphql: 'BAD_USER_INPUT', http: 400, meaning: 'an argument is invalid; extensions.problems names each field' },
  ALREADY_TAKEN: { graphql: 'ALREADY_TAKEN', http: 409, meaning: 'a unique value (slug, number, email) is used by another record; choose another' },
  STALE_EDIT: { graphql: 'STALE_EDIT', http: 409, meaning: 'the record changed since the version the edit was based on; reload it, reapply the change, send its new version' },
  IDEMPOTENCY_KEY_REUSED: { graphql: 'IDEMPOTENCY_KEY_REUSED', http: 422, meaning: 'the Idempotency-Key was used for this operation with other arguments in the last 24 hours; send a new key' },
  REGISTRATION_CLOSED: { graphql: 'REGISTRATION_CLOSED', http: 409, meaning: 'the edition does not take registrations now (not open, or outside its window)' },
  CATEGORY_FULL: { graphql: 'CATEGORY_FULL', http: 409, meaning: 'the accreditation category has no place left; the application stays where it was (or is waitlisted)' },
  MEDIA_QUOTA_FULL: { graphql: 'MEDIA_QUOTA_FULL', http: 409, meaning: "the media outlet's or the country's quota of media accreditations is used up; the application stays where it was" },
  INVITATION_INVALID: { graphql: 'INVITATION_INVALID', http: 401, meaning: 'the delegation invitation link is forged, foreign, expired or revoked (extensions.reason says which); ask the organizers for a new one' },
  DELEGATION_QUOTA_FULL: { graphql: 'DELEGATION_QUOTA_FULL', http: 409, meaning: 'the delegation has registered as many members as its quota allows; ask the organizers to raise it' },
  APPLICATION_LINK_INVALID: { graphql: 'APPLICATION_LINK_INVALID', http: 401, meaning: 'the application link is forged, foreign or expired; ask for a new one (requestApplicationLink)' },
  NOT_FOUND: { graphql: 'NOT_FOUND', http: 404, meaning: 'the record named does not exist, or is not visible to the caller' },
  UNAUTHENTICATED: { graphql: 'UNAUTHENTICATED', http: 401, meaning: 'sign in (or refresh the access token) and retry' },
  INVALID_CREDENTIALS: { graphql: 'INVALID_CREDENTIALS', http: 401, meaning: 'wrong email or password' },
  SESSION_INVALID: { graphql: 'SESSION_INVALID', http: 401, meaning: 'the refresh token is unknown, used or expired; sign in again' },
  MFA_REQUIRED: { graphql: 'MFA_REQUIRED', http: 401, meaning: 'the account has two-step sign-in: call signIn again with mfaCode (a code of the authenticator app, or a recovery code)' },
  FORBIDDEN: { graphql: 'FORBIDDEN', http: 403, meaning: 'signed in, but without the role the action needs in that scope' },
  MFA_ENROLMENT_REQUIRED: {
    graphql: 'MFA_ENROLMENT_REQUIRED',
    http: 403,
    meaning: 'admins must turn on two-step sign-in (startMfaEnrolment, confirmMfaEnrolment) before administering accounts and roles once their grace period is over',
  },
  RATE_LIMITED: { graphql: 'RATE_LIMITED', http: 429, meaning: 'too many attempts; extensions.retryAfterSeconds says when to retry' },
  UNAVAILABLE: { graphql: 'UNAVAILABLE', http: 503, meaning: 'data changed during the request or a backing service is away; retry' },
  SERVICE_BUSY: { graphql: 'SERVICE_BUSY', http: 503, meaning: 'every database connection was busy and the change did not start (nothing was written); retry after extensions.retryAfterSeconds' },
  QUERY_TOO_DEEP: { graphql: 'QUERY_TOO_DEEP', http: 400, meaning: 'the query nests deeper than the limit' },
  QUERY_TOO_COMPLEX: { graphql: 'QUERY_TOO_COMPLEX', http: 400, meaning: 'the query costs more than the limit; ask for smaller pages' },
  QUERY_TOO_WIDE: { graphql: 'QUERY_TOO_WIDE', http: 400, meaning: 'the operation selects more root fields (aliases included) than the limit; split it' },
  PAYLOAD_TOO_LARGE: { graphql: 'PAYLOAD_TOO_LARGE', http: 413, meaning: 'the request body is larger than the limit' },
  RESPONSE_TOO_LARGE: { graphql: 'RESPONSE_TOO_LARGE', http: 400, meaning: 'the answer would be larger than the limit; ask for smaller pages or fewer fields' },
  GRAPHQL_VALIDATION_FAILED: { graphql: 'GRAPHQL_VALIDATION_FAILED', http: 400, meaning: 'the query does not fit the schema' },
  INTERNAL_SERVER_ERROR: { graphql: 'INTERNAL_SERVER_ERROR', http: 500, meaning: 'a fault on our side; quote extensions.errorId' },
} as const satisfies Record<ErrorCode, ErrorMapping>;

export interface FieldProblem {
  /** Dotted path of the input field, e.g. "slug" or "members.2.person"; "input" for the whole input. */
  field: string;
  reason: string;
  /** A stable code a client translates (registration problems: @caravan/forums/registration's codes). */
  code?: string;
  /** The English message (the same as reason). */
  message?: string;
  /** The code's parameters (e.g. { max: 200 } for too_long). */
  params?: Readonly<Record<string, unknown>>;
}

/** Extra facts a client may act on, copied into extensions (e.g. retryAfterSeconds). */
export type ErrorDetails = Readonly<Record<string, string | number>>;

export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems: readonly FieldProblem[] = [],
    readonly details: ErrorDetails = {},
  ) {
    super(message);
  }

  /** GraphQL extensions: the code, the field problems and the details. */
  get extensions(): Record<string, unknown> {
    return {
      code: ERROR_TABLE[this.code].graphql,
      ...(this.problems.length > 0 ? { problems: this.problems } : {}),
      ...this.details,
    };
  }

  get httpStatus(): number {
    return ERROR_TABLE[this.code].http;
  }
}

export const notFound = (what: string, hint: string): AppError => new AppError('NOT_FOUND', `${what} was not found. ${hint}`);

export const badInput = (problems: readonly FieldProblem[]): AppError =>
  new AppError('BAD_USER_INPUT', `Invalid input: ${problems.map((p) => `${p.field} ${p.reason}`).join('; ')}.`, problems);

/** A problem as a client receives it: long texts capped by `cap`, the optional code, message and parameters kept. */
export function problemAnswer(problem: FieldProblem, cap: (text: string) => string): FieldProblem {
  return {
    field: cap(problem.field),
    reason: cap(problem.reason),
    ...(problem.code ? { code: problem.code } : {}),
    ...(problem.message ? { message: cap(problem.message) } : {}),
    ...(problem.params ? { params: problem.params } : {}),
  };
}

export const badField = (field: string, reason: string): AppError => badInput([{ field, reason }]);

export const unavailable = (message: string): AppError => new AppError('UNAVAILABLE', message);

export interface TakenValue {
  /** The input field holding the value, e.g. "slug". */
  field: string;
  /** What already holds it, e.g. "track". */
  entity: string;
  /** Where the value must be unique, e.g. "edition" ("... of this edition"); null when platform-wide. */
  within: string | null;
}

/**
 * The unique-value error. A unique index refusing a concurrent insert and a check that finds the
 * value taken both answer with this, so a client sees one error whoever won the race.
 */
export function alreadyTaken({ field, entity, within }: TakenValue): AppError {
  const reason = `is already taken by another ${entity}${within ? ` of this ${within}` : ''}; choose another ${field}`;
  return new AppError('ALREADY_TAKEN', `${field} ${reason}.`, [{ field, reason }]);
}

/** Puts the problems of a BAD_USER_INPUT / ALREADY_TAKEN under `prefix` (a nested input, a list argument). */
export function underField(error: AppError, prefix: string): AppError {
  if (error.problems.length === 0) return error;
  const problems = error.problems.map((p) => ({ field: p.field === 'input' ? prefix : `${prefix}.${p.field}`, reason: p.reason }));
  return error.code === 'BAD_USER_INPUT' ? badInput(problems) : new AppError(error.code, error.message, problems, error.details);
}

/** Renames the top-level field of each problem through `names` (schema name -> input name). */
export function renameFields(error: AppError, names: Readonly<Record<string, string>>): AppError {
  const rename = (field: string): string => {
    const [head = field, ...rest] = field.split('.');
    return [names[head] ?? head, ...rest].join('.');
  };
  const problems = error.problems.map((p) => ({ field: rename(p.field), reason: p.reason }));
  return error.code === 'BAD_USER_INPUT' ? badInput(problems) : new AppError(error.code, error.message, problems, error.details);
}
