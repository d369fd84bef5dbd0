// Typed errors of @caravan/tracks: callers switch on `code`, people read `message`.

export const TRACKS_ERROR_CODES = [
  'UNKNOWN_TRACK',
  'INVALID_TIME_ZONE',
  'INVALID_LOCAL_DATE',
  'INVALID_LOCAL_TIME',
  'INVALID_INSTANT',
] as const;

export type TracksErrorCode = (typeof TRACKS_ERROR_CODES)[number];

export class TracksError extends Error {
  readonly code: TracksErrorCode;

  constructor(code: TracksErrorCode, message: string) {
    super(message);
    this.name = 'TracksError';
    this.code = code;
  }
}
