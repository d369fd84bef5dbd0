// One storage interface for participants' files (photos, badges, letters, exports): a local
// directory by default, S3-compatible storage in production. The photo checks load sharp
// (libvips), so they have their own subpath, `@caravan/storage/images`.
export type { ObjectStorage, StorageDriver, PutOptions, PutResult, ObjectInfo, StoredObject, ListedObject } from './object-storage.js';
export { validatePutOptions, MAX_CONTENT_TYPE_LENGTH, MAX_METADATA_BYTES } from './object-storage.js';
export { StorageError, type StorageErrorCode } from './storage-errors.js';
export { assertValidKey, assertValidPrefix, assertKeySegment, MAX_KEY_LENGTH, MAX_SEGMENT_LENGTH } from './object-key.js';
export {
  editionPrefix,
  participantPrefix,
  participantPhotoKey,
  participantBadgeKey,
  editionBadgeSheetKey,
  participantVisaLetterKey,
  participantExportKey,
  editionExportKey,
} from './key-conventions.js';
export { createLocalStorage, type LocalStorageOptions } from './local/local-storage.js';
export { createS3Storage, type S3StorageOptions } from './s3/s3-storage.js';
export {
  parseStorageEnv,
  createStorage,
  describeStorage,
  STORAGE_ENV_VARIABLES,
  type StorageConfig,
  type LocalStorageConfig,
  type S3StorageConfig,
} from './storage-config.js';
export { Secret } from '@caravan/config/env';
