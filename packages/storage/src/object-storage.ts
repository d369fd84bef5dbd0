// The one storage interface every part of Caravan writes files through: participants' photos,
// badge and letter PDFs, personal-data exports. Drivers: a local directory (development, demo)
// and S3-compatible object storage (production). Both pass the same contract tests.
import type { Readable } from 'node:stream';
import { StorageError, quoteForMessage } from './storage-errors.js';

export type StorageDriver = 'local' | 's3';

export interface PutOptions {
  /** MIME type served back with the object, e.g. "image/jpeg", "application/pdf". */
  contentType: string;
  /** Small ASCII facts kept with the object; keys [a-z0-9-], 2 KiB in all (S3's limit). */
  metadata?: Readonly<Record<string, string>>;
}

export interface PutResult {
  key: string;
  /** Bytes stored. */
  size: number;
}

export interface ObjectInfo {
  key: string;
  size: number;
  contentType: string;
  metadata: Record<string, string>;
  lastModified: Date;
}

export interface StoredObject extends ObjectInfo {
  /** The object's bytes. Read it to the end or destroy it: it holds a file or a connection. */
  body: Readable;
}

export interface ListedObject {
  key: string;
  size: number;
  lastModified: Date;
}

export interface ObjectStorage {
  readonly driver: StorageDriver;
  /** Stores `body` under `key`, replacing any object there. Readers see the old object or the new one, never part of one. */
  put(key: string, body: Buffer | Readable, options: PutOptions): Promise<PutResult>;
  /** The object with its bytes; throws STORAGE_NOT_FOUND when there is none. */
  get(key: string): Promise<StoredObject>;
  /** The object's facts without its bytes, or undefined when there is none. */
  head(key: string): Promise<ObjectInfo | undefined>;
  /** Removes the object; removing a missing object is not an error. */
  delete(key: string): Promise<void>;
  /** Removes every object under a folder prefix ("editions/<id>/"), returning how many went. */
  deletePrefix(prefix: string): Promise<number>;
  /** Each object under a folder prefix ("" for all) once, in no promised order (sort if it matters). */
  list(prefix: string): AsyncIterable<ListedObject>;
  /** Checks that the storage answers and can be written to; call it at boot. */
  verify(): Promise<void>;
  /** Releases connections; the storage is not used afterwards. */
  close(): Promise<void>;
}

export const MAX_CONTENT_TYPE_LENGTH = 255;
export const MAX_METADATA_BYTES = 2048;

const CONTENT_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*(\s*;\s*[a-z0-9!#$&^_.+-]+=[a-z0-9!#$&^_.+-]+)*$/i;
const METADATA_KEY = /^[a-z0-9][a-z0-9-]{0,63}$/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function refuse(message: string): never {
  throw new StorageError('STORAGE_OPTIONS_INVALID', message);
}

/**
 * Checks the options of a put and returns them normalised. The limits are S3's (user metadata
 * travels in HTTP headers), applied to every driver so that what works locally works in production.
 */
export function validatePutOptions(options: PutOptions): { contentType: string; metadata: Record<string, string> } {
  const { contentType, metadata = {} } = options;
  if (typeof contentType !== 'string' || contentType.length > MAX_CONTENT_TYPE_LENGTH || !CONTENT_TYPE.test(contentType)) {
    refuse(`contentType ${quoteForMessage(String(contentType))} is not a MIME type such as "image/jpeg" or "text/csv; charset=utf-8".`);
  }
  let bytes = 0;
  for (const [name, value] of Object.entries(metadata)) {
    if (!METADATA_KEY.test(name)) {
      refuse(`metadata key ${quoteForMessage(name)} may contain a-z, 0-9 and "-" only (at most 64, starting with a letter or digit).`);
    }
    if (typeof value !== 'string' || !PRINTABLE_ASCII.test(value)) {
      refuse(`metadata.${name} must be printable ASCII; encode other text first (e.g. encodeURIComponent).`);
    }
    bytes += name.length + value.length;
  }
  if (bytes > MAX_METADATA_BYTES) refuse(`metadata takes ${bytes} bytes; the limit is ${MAX_METADATA_BYTES} (keys and values together).`);
  return { contentType, metadata: { ...metadata } };
}
