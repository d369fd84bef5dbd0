// Errors raised while handling jobs. Each carries a code so the outbox row and logs say what
// went wrong in terms an operator can act on.
export type JobErrorCode = 'JOB_PAYLOAD_INVALID' | 'JOB_UNKNOWN' | 'EDITION_NOT_FOUND';

export class JobError extends Error {
  override readonly name = 'JobError';
  constructor(
    readonly code: JobErrorCode,
    message: string,
  ) {
    super(message);
  }
}
