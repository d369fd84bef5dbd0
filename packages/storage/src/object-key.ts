// What a storage key may look like. One rule set for every driver, so that a key accepted on a
// developer's disk is accepted by S3 and means the same object there:
// - folders/…/name.ext: folder segments are [a-z0-9_-] (no dots), the last segment is a file
//   name with an extension. A key therefore never names a folder of another key, which a
//   directory tree (the local driver) could not store while S3 could.
// - lower case only: case-insensitive disks (macOS, Windows) and S3 then agree on identity.
// - relative, no empty, "." or ".." segments, bounded length: a key cannot leave the root.
import { StorageError, quoteForMessage } from './storage-errors.js';

export const MAX_KEY_LENGTH = 512;
export const MAX_SEGMENT_LENGTH = 128;

const FOLDER_SEGMENT = /^[a-z0-9][a-z0-9_-]*$/;
const FILE_NAME = /^[a-z0-9][a-z0-9_-]*(\.[a-z0-9_-]+)*\.[a-z0-9]+$/;
const KEY_CHARACTERS = /^[a-z0-9._/-]*$/;
const EXAMPLE = 'editions/<editionId>/participants/<applicationId>/photo.jpg';

function refuse(kind: 'key' | 'prefix', value: string, reason: string): never {
  throw new StorageError('STORAGE_KEY_INVALID', `Storage ${kind} ${quoteForMessage(value)} is invalid: ${reason}.`);
}

// Checks shared by keys and prefixes; returns the folder segments and the remainder.
function checkPath(kind: 'key' | 'prefix', value: unknown): string[] {
  if (typeof value !== 'string') throw new StorageError('STORAGE_KEY_INVALID', `Storage ${kind} must be a string (got ${typeof value}).`);
  if (value.length > MAX_KEY_LENGTH) refuse(kind, value, `it is ${value.length} characters long; the limit is ${MAX_KEY_LENGTH}`);
  if (value.startsWith('/')) refuse(kind, value, `it starts with "/"; keys are relative, e.g. ${EXAMPLE}`);
  if (value.includes('\\')) refuse(kind, value, 'it contains "\\"; the separator is "/"');
  const segments = value.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) {
    refuse(kind, value, 'it contains a "." or ".." segment; a key cannot climb out of its folder');
  }
  if (/[A-Z]/.test(value)) refuse(kind, value, 'it contains upper-case letters; keys are lower case so that case-insensitive disks and S3 agree');
  if (!KEY_CHARACTERS.test(value)) {
    const bad = [...value].find((char) => !KEY_CHARACTERS.test(char)) ?? '';
    const codePoint = `U+${(bad.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    refuse(kind, value, `it contains ${JSON.stringify(bad)} (${codePoint}); keys use a-z, 0-9, "-", "_", "." and "/" only`);
  }
  const long = segments.find((segment) => segment.length > MAX_SEGMENT_LENGTH);
  if (long !== undefined) refuse(kind, value, `a segment is ${long.length} characters long; the limit is ${MAX_SEGMENT_LENGTH}`);
  return segments;
}

function checkFolders(kind: 'key' | 'prefix', value: string, folders: string[]): void {
  for (const folder of folders) {
    if (folder === '') refuse(kind, value, 'it has an empty segment ("//")');
    if (!FOLDER_SEGMENT.test(folder)) {
      refuse(kind, value, `the folder ${JSON.stringify(folder)} may contain a-z, 0-9, "-" and "_" only (no "."), starting with a letter or digit`);
    }
  }
}

/** Throws STORAGE_KEY_INVALID, naming the problem, unless `key` is a valid object key. */
export function assertValidKey(key: unknown): asserts key is string {
  const segments = checkPath('key', key);
  const value = key as string;
  if (value === '') refuse('key', value, 'it is empty');
  if (value.endsWith('/')) refuse('key', value, 'it ends with "/", which names a folder, not an object');
  const name = segments[segments.length - 1] ?? '';
  checkFolders('key', value, segments.slice(0, -1));
  if (!FILE_NAME.test(name)) {
    refuse('key', value, `the file name ${JSON.stringify(name)} needs an extension (e.g. photo.jpg) and may contain a-z, 0-9, "-", "_" and "." only, starting with a letter or digit`);
  }
}

/**
 * Throws STORAGE_KEY_INVALID unless `prefix` is "" (everything) or folders ending in "/".
 * Prefixes end in "/" so that "editions/1/" can never match "editions/10/…".
 */
export function assertValidPrefix(prefix: unknown): asserts prefix is string {
  const segments = checkPath('prefix', prefix);
  const value = prefix as string;
  if (value === '') return;
  if (!value.endsWith('/')) refuse('prefix', value, `it must end with "/" (e.g. "editions/<editionId>/") so that it cannot match a sibling that shares its first characters`);
  checkFolders('prefix', value, segments.slice(0, -1));
}

/** Throws STORAGE_KEY_INVALID unless `value` can stand as one folder of a key (an id, a slug). */
export function assertKeySegment(label: string, value: unknown): asserts value is string {
  if (typeof value !== 'string' || value.length > MAX_SEGMENT_LENGTH || !FOLDER_SEGMENT.test(value)) {
    throw new StorageError(
      'STORAGE_KEY_INVALID',
      `${label} ${quoteForMessage(String(value))} cannot be part of a storage key: use 1-${MAX_SEGMENT_LENGTH} of a-z, 0-9, "-" and "_", starting with a letter or digit.`,
    );
  }
}
