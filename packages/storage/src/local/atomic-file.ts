// Writes a file so that nothing but a whole file ever stands under its name: the bytes go to a
// temporary file in the same directory (same file system, so the rename is atomic), are
// flushed to disk, and only then is the temporary file renamed over the real name and the
// directory entry flushed. A source that fails, or a process that dies, leaves at most a
// hidden ".<name>.<random>.tmp" behind, never a half-written file.
import { randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { errnoCode } from '../errno.js';

export interface AtomicWriteModes {
  /** Permission bits of the file, e.g. 0o600. */
  fileMode: number;
  /** Permission bits of directories created on the way, e.g. 0o700. */
  dirMode: number;
}

const TEMP_SUFFIX = '.tmp';

/** True for the names of temporary files this module writes (and readers must skip). */
export function isTemporaryName(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX);
}

// A concurrent removal of empty directories (deleting another object) may take the directory
// away between mkdir and open; creating it again is then the right answer.
async function openCreatingDirectory(path: string, modes: AtomicWriteModes): Promise<FileHandle> {
  for (let attempt = 1; ; attempt += 1) {
    await mkdir(dirname(path), { recursive: true, mode: modes.dirMode });
    try {
      return await open(path, 'wx', modes.fileMode);
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT' || attempt === 3) throw error;
    }
  }
}

async function writeAll(handle: FileHandle, chunk: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < chunk.length) {
    const { bytesWritten } = await handle.write(chunk, offset);
    offset += bytesWritten;
  }
}

// Flushes the rename itself; some platforms (Windows) cannot open a directory for syncing.
async function syncDirectory(directory: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch (error) {
    if (!['EISDIR', 'EPERM', 'EINVAL', 'EBADF'].includes(errnoCode(error) ?? '')) throw error;
  } finally {
    await handle?.close();
  }
}

/** Writes every chunk of `source` to `path` atomically; a failing source rejects and changes nothing. */
export async function writeFileAtomically(path: string, source: AsyncIterable<Uint8Array>, modes: AtomicWriteModes): Promise<void> {
  const directory = dirname(path);
  const temporary = join(directory, `.${basename(path)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  const handle = await openCreatingDirectory(temporary, modes);
  try {
    try {
      for await (const chunk of source) await writeAll(handle, chunk);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await syncDirectory(directory);
}
