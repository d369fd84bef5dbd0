// Photo checks and re-encoding for participants' badge photos (loads sharp).
export { processPhoto, PHOTO_OUTPUT, PHOTO_DEFAULTS, type PhotoOptions, type ProcessedPhoto, type PhotoSourceFormat } from './process-photo.js';
export { PhotoError, type PhotoErrorCode } from './photo-errors.js';
