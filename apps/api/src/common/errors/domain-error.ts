// Errors the api raises on purpose. Each has a code that clients can branch on; the message
// tells a person what to do about it. Anything else reaching the client is INTERNAL.
export type DomainErrorCode =
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'UNAVAILABLE'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED';

export interface FieldProblem {
  field: string;
  reason: string;
}

export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly problems: readonly FieldProblem[] = [],
  ) {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, hint: string) {
    super('NOT_FOUND', `${what} was not found. ${hint}`);
  }
}

export class BadUserInputError extends DomainError {
  constructor(problems: readonly FieldProblem[]) {
    super('BAD_USER_INPUT', `Invalid input: ${problems.map((p) => `${p.field} ${p.reason}`).join('; ')}.`, problems);
  }
}
