// Errors raised while handling jobs. Each carries a code so the outbox row and logs say what
// went wrong in terms an operator can act on. Errors that no retry can cure are permanent:
// the job is failed at once instead of being tried again.
export type JobErrorCode =
  | 'JOB_PAYLOAD_INVALID'
  | 'JOB_UNKNOWN'
  | 'JOB_VERSION_UNKNOWN'
  | 'JOB_DATA_INVALID'
  | 'EDITION_NOT_FOUND'
  | 'MAIL_REFUSED'
  | 'MAIL_UNDELIVERED'
  | 'ATTACHMENT_MISSING';

// A mail the relay refused for good (bad recipient, rejected message) or one whose file is gone
// would fail the same way on every retry; an undelivered one (relay down, 4xx) may not.
const PERMANENT: ReadonlySet<JobErrorCode> = new Set([
  'JOB_PAYLOAD_INVALID',
  'JOB_UNKNOWN',
  'JOB_VERSION_UNKNOWN',
  'JOB_DATA_INVALID',
  'MAIL_REFUSED',
  'ATTACHMENT_MISSING',
]);

export class JobError extends Error {
  override readonly name = 'JobError';
  constructor(
    readonly code: JobErrorCode,
    message: string,
  ) {
    super(message);
  }

  /** True when retrying cannot help: the job, its version or its payload is not one this code reads, or the mail was refused for good. */
  get permanent(): boolean {
    return PERMANENT.has(this.code);
  }
}
