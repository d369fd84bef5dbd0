// Why a photo was refused. Each code has a message a participant can act on (upload another
// file, export it as JPEG, take a larger photo); the api maps the code to its response.
export type PhotoErrorCode = 'PHOTO_NOT_AN_IMAGE' | 'PHOTO_UNSUPPORTED_FORMAT' | 'PHOTO_TOO_LARGE' | 'PHOTO_TOO_SMALL' | 'PHOTO_UNREADABLE';

export class PhotoError extends Error {
  override readonly name = 'PhotoError';
  constructor(
    readonly code: PhotoErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
