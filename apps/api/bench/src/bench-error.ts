// The bench's one error type: a code to grep for and a message that says what to do.
export type BenchErrorCode =
  | 'CONFIG_INVALID'
  | 'PORT_UNAVAILABLE'
  | 'SERVER_EXITED'
  | 'SERVER_NOT_READY'
  | 'RESPONSE_FAILED'
  | 'BODIES_DIFFER'
  | 'STATEMENTS_DIFFER'
  | 'LOAD_FAILED'
  | 'API_REFUSED'
  | 'NO_MEMORY_FIGURE'
  | 'WRONG_TOTAL'
  | 'WORKER_EXITED'
  | 'RUN_FAILED'
  | 'MISSING_PDFS';

export class BenchError extends Error {
  override readonly name = 'BenchError';
  constructor(
    readonly code: BenchErrorCode,
    message: string,
  ) {
    super(message);
  }
}
