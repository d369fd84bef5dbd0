// Errors raised while handling jobs. Each carries a code so the outbox row and logs say what
// went wrong in terms an operator can act on. Errors that no retry can cure are permanent:
// the job is failed at once instead of being tried again.
export type JobErrorCode = 'JOB_PAYLOAD_INVALID' | 'JOB_UNKNOWN' | 'JOB_VERSION_UNKNOWN' | 'JOB_DATA_INVALID' | 'EDITION_NOT_FOUND';

const PERMANENT: ReadonlySet<JobErrorCode> = new Set(['JOB_PAYLOAD_INVALID', 'JOB_UNKNOWN', 'JOB_VERSION_UNKNOWN', 'JOB_DATA_INVALID']);

export class JobError extends Error {
  override readonly name = 'JobError';
  constructor(
    readonly code: JobErrorCode,
    message: string,
  ) {
    super(message);
  }

  /** True when retrying cannot help: the job, its version or its payload is not one this code reads. */
  get permanent(): boolean {
    return PERMANENT.has(this.code);
  }
}
