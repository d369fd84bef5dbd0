// Errors of the storage layer. Each carries a code the api can map to a response, and a
// message an operator or a caller can act on; none ever carries a credential.
export type StorageErrorCode =
  | 'STORAGE_KEY_INVALID'
  | 'STORAGE_OPTIONS_INVALID'
  | 'STORAGE_NOT_FOUND'
  | 'STORAGE_OBJECT_CORRUPT'
  | 'STORAGE_CONFIG_INVALID'
  | 'STORAGE_UNAVAILABLE'
  | 'STORAGE_BACKEND_FAILED';

export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Quotes a caller-supplied string for an error message: escaped, and cut if it is long. */
export function quoteForMessage(value: string, max = 80): string {
  const cut = value.length > max ? `${value.slice(0, max)}…` : value;
  return JSON.stringify(cut);
}
