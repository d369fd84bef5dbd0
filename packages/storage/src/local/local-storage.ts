// The local driver: each object is one file under `root`, at the path its key spells
// (editions/<id>/participants/<id>/photo.jpg), holding the object's bytes and a trailer with
// its content type and metadata (see object-file.ts). Directories are created 0700 and files
// 0600: participants' photos and letters are readable by the service's own user only.
import type { Dirent } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { access, constants, mkdir, open, readdir, rm, rmdir, unlink } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { bodyChunks } from '../body-chunks.js';
import { errnoCode } from '../errno.js';
import { assertValidKey, assertValidPrefix } from '../object-key.js';
import type { ListedObject, ObjectInfo, ObjectStorage, PutOptions, PutResult, StoredObject } from '../object-storage.js';
import { validatePutOptions } from '../object-storage.js';
import { StorageError } from '../storage-errors.js';
import { isTemporaryName, writeFileAtomically } from './atomic-file.js';
import { encodeTrailer, readObjectFacts } from './object-file.js';

export interface LocalStorageOptions {
  /** Directory holding the objects, e.g. <repo>/.data/storage; created (0700) when missing. */
  root: string;
}

export const LOCAL_FILE_MODE = 0o600;
export const LOCAL_DIRECTORY_MODE = 0o700;

export function createLocalStorage(options: LocalStorageOptions): ObjectStorage {
  const root = resolve(options.root);
  const pathOf = (keyOrPrefix: string): string => join(root, ...keyOrPrefix.split('/').filter((segment) => segment !== ''));

  async function openObject(key: string): Promise<{ handle: FileHandle; info: ObjectInfo } | undefined> {
    let handle: FileHandle;
    try {
      handle = await open(pathOf(key), 'r');
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return undefined;
      throw error;
    }
    try {
      const stat = await handle.stat();
      const facts = await readObjectFacts(handle, stat.size, key);
      return { handle, info: { key, size: facts.bodySize, contentType: facts.contentType, metadata: facts.metadata, lastModified: new Date(stat.mtimeMs) } };
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  // Removes empty directories from `directory` up to (not including) the root, so that a
  // deleted participant leaves no empty folders behind.
  async function pruneEmptyDirectories(directory: string): Promise<void> {
    for (let current = directory; current.startsWith(root + sep); current = dirname(current)) {
      try {
        await rmdir(current);
      } catch (error) {
        if (errnoCode(error) !== 'ENOENT') return;
      }
    }
  }

  // Removes everything under `directory`, counting objects (temporary files are not objects).
  async function removeTree(directory: string): Promise<number> {
    let entries: Dirent[];
    try {
      entries = await readdir(directory, { withFileTypes: true });
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return 0;
      throw error;
    }
    let removed = 0;
    for (const entry of entries) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        removed += await removeTree(path);
        await rmdir(path).catch(() => undefined);
      } else if (isTemporaryName(entry.name)) {
        await rm(path, { force: true });
      } else {
        try {
          await unlink(path);
          removed += 1;
        } catch (error) {
          if (errnoCode(error) !== 'ENOENT') throw error;
        }
      }
    }
    return removed;
  }

  async function* walk(directory: string, keyPrefix: string): AsyncGenerator<ListedObject> {
    let entries: Dirent[];
    try {
      entries = await readdir(directory, { withFileTypes: true });
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return;
      throw error;
    }
    // Names starting with "." are temporary files (no key starts so).
    const visible = entries.filter((entry) => !entry.name.startsWith('.') && (entry.isDirectory() || entry.isFile()));
    for (const entry of visible.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.isDirectory()) {
        yield* walk(join(directory, entry.name), `${keyPrefix}${entry.name}/`);
        continue;
      }
      const key = `${keyPrefix}${entry.name}`;
      const opened = await openObject(key);
      if (opened === undefined) continue; // deleted while we listed
      await opened.handle.close();
      yield { key, size: opened.info.size, lastModified: opened.info.lastModified };
    }
  }

  return {
    driver: 'local',

    async put(key: string, body: Buffer | Readable, putOptions: PutOptions): Promise<PutResult> {
      assertValidKey(key);
      const facts = validatePutOptions(putOptions);
      let size = 0;
      async function* withTrailer(): AsyncGenerator<Buffer> {
        for await (const chunk of bodyChunks(body)) {
          size += chunk.length;
          yield chunk;
        }
        yield encodeTrailer(facts);
      }
      await writeFileAtomically(pathOf(key), withTrailer(), { fileMode: LOCAL_FILE_MODE, dirMode: LOCAL_DIRECTORY_MODE });
      return { key, size };
    },

    async get(key: string): Promise<StoredObject> {
      assertValidKey(key);
      const opened = await openObject(key);
      if (opened === undefined) throw new StorageError('STORAGE_NOT_FOUND', `No stored object "${key}".`);
      const { handle, info } = opened;
      if (info.size === 0) {
        await handle.close();
        return { ...info, body: Readable.from([]) };
      }
      // Reading through the open handle keeps serving this version even if a put replaces the file meanwhile.
      return { ...info, body: handle.createReadStream({ start: 0, end: info.size - 1 }) };
    },

    async head(key: string): Promise<ObjectInfo | undefined> {
      assertValidKey(key);
      const opened = await openObject(key);
      await opened?.handle.close();
      return opened?.info;
    },

    async delete(key: string): Promise<void> {
      assertValidKey(key);
      const path = pathOf(key);
      try {
        await unlink(path);
      } catch (error) {
        if (errnoCode(error) !== 'ENOENT') throw error;
      }
      await pruneEmptyDirectories(dirname(path));
    },

    async deletePrefix(prefix: string): Promise<number> {
      assertValidPrefix(prefix);
      if (prefix === '') throw new StorageError('STORAGE_KEY_INVALID', 'deletePrefix needs a folder prefix such as "editions/<editionId>/"; "" would erase everything.');
      const directory = pathOf(prefix);
      const removed = await removeTree(directory);
      await pruneEmptyDirectories(directory);
      return removed;
    },

    list(prefix: string): AsyncIterable<ListedObject> {
      assertValidPrefix(prefix);
      return walk(pathOf(prefix), prefix);
    },

    async verify(): Promise<void> {
      try {
        await mkdir(root, { recursive: true, mode: LOCAL_DIRECTORY_MODE });
        await access(root, constants.R_OK | constants.W_OK | constants.X_OK);
      } catch (error) {
        throw new StorageError('STORAGE_UNAVAILABLE', `Local storage directory ${root} cannot be used: ${errnoCode(error) ?? String(error)}. Check that it is a directory the service can write to.`, { cause: error });
      }
    },

    async close(): Promise<void> {},
  };
}
