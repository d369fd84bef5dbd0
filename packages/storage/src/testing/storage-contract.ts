// The behaviour every storage driver promises, as one suite that each driver's spec runs
// against a real backend (a temporary directory, a real S3 API). A driver passes this or it
// does not ship.
import type { ObjectStorage } from '../object-storage.js';
import type { StorageError } from '../storage-errors.js';
import { chunkedStream, failingStream, patternBytes, readAll, sha256 } from './streams.js';

export interface OpenedStorage {
  storage: ObjectStorage;
  close(): Promise<void>;
}

const PHOTO = 'editions/e1/participants/p1/photo.jpg';
const BADGE = 'editions/e1/participants/p1/badge.pdf';
// Larger than one S3 multipart part (5 MiB), so streams go up in several parts.
const LARGE = 12 * 1024 * 1024 + 123;

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

/** The keys listed under `prefix`, sorted: drivers promise each object once, in no set order. */
async function keysUnder(storage: ObjectStorage, prefix: string): Promise<string[]> {
  return (await collect(storage.list(prefix))).map((entry) => entry.key).sort();
}

function storageError(code: StorageError['code']) {
  return expect.objectContaining({ name: 'StorageError', code });
}

export function describeStorageContract(name: string, open: () => Promise<OpenedStorage>): void {
  describe(`${name}: storage contract`, () => {
    let opened: OpenedStorage;
    let storage: ObjectStorage;

    beforeEach(async () => {
      opened = await open();
      storage = opened.storage;
    });

    afterEach(async () => {
      await opened.close();
    });

    it('stores a buffer and serves its bytes, content type and metadata back', async () => {
      const bytes = patternBytes(70_000);
      await expect(storage.put(PHOTO, bytes, { contentType: 'image/jpeg', metadata: { sha256: sha256(bytes), 'source-format': 'png' } })).resolves.toEqual({ key: PHOTO, size: 70_000 });

      const stored = await storage.get(PHOTO);
      expect(sha256(await readAll(stored.body))).toBe(sha256(bytes));
      expect(stored).toMatchObject({ key: PHOTO, size: 70_000, contentType: 'image/jpeg', metadata: { sha256: sha256(bytes), 'source-format': 'png' } });
      expect(stored.lastModified).toBeInstanceOf(Date);

      const head = await storage.head(PHOTO);
      expect(head).toEqual({ key: PHOTO, size: 70_000, contentType: 'image/jpeg', metadata: { sha256: sha256(bytes), 'source-format': 'png' }, lastModified: expect.any(Date) });
    });

    it('streams a body larger than one upload part and serves it back unchanged', async () => {
      const bytes = patternBytes(LARGE, 7);
      await expect(storage.put(BADGE, chunkedStream(bytes), { contentType: 'application/pdf' })).resolves.toEqual({ key: BADGE, size: LARGE });
      const stored = await storage.get(BADGE);
      expect(stored.size).toBe(LARGE);
      expect(sha256(await readAll(stored.body))).toBe(sha256(bytes));
    });

    it('stores an empty object', async () => {
      await storage.put('editions/e1/exports/empty.csv', Buffer.alloc(0), { contentType: 'text/csv; charset=utf-8' });
      const stored = await storage.get('editions/e1/exports/empty.csv');
      expect(stored).toMatchObject({ size: 0, contentType: 'text/csv; charset=utf-8', metadata: {} });
      expect(await readAll(stored.body)).toEqual(Buffer.alloc(0));
    });

    it('replaces an object with its new bytes, content type and metadata', async () => {
      await storage.put(PHOTO, patternBytes(5000, 1), { contentType: 'image/png', metadata: { first: 'yes' } });
      await storage.put(PHOTO, patternBytes(300, 2), { contentType: 'image/jpeg', metadata: { second: 'yes' } });
      const stored = await storage.get(PHOTO);
      expect(await readAll(stored.body)).toEqual(patternBytes(300, 2));
      expect(stored).toMatchObject({ size: 300, contentType: 'image/jpeg', metadata: { second: 'yes' } });
      expect(stored.metadata).not.toHaveProperty('first');
      expect(await keysUnder(storage, '')).toEqual([PHOTO]);
    });

    it('reports a missing object: get throws STORAGE_NOT_FOUND naming the key, head gives undefined', async () => {
      await expect(storage.get(PHOTO)).rejects.toEqual(storageError('STORAGE_NOT_FOUND'));
      await expect(storage.get(PHOTO)).rejects.toThrow(`No stored object "${PHOTO}".`);
      await expect(storage.head(PHOTO)).resolves.toBeUndefined();
    });

    it('deletes an object, and deleting a missing object is no error', async () => {
      await storage.put(PHOTO, Buffer.from('x'), { contentType: 'image/jpeg' });
      await storage.put(BADGE, Buffer.from('y'), { contentType: 'application/pdf' });
      await storage.delete(PHOTO);
      await expect(storage.head(PHOTO)).resolves.toBeUndefined();
      await expect(storage.delete(PHOTO)).resolves.toBeUndefined();
      expect(await keysUnder(storage, '')).toEqual([BADGE]);
    });

    it('lists each object under a folder prefix once, leaving out a sibling that shares its first characters', async () => {
      const keys = [
        'editions/e1/participants/a0.pdf',
        'editions/e1/participants/a/photo.jpg',
        'editions/e1/participants/a-b.pdf',
        'editions/e1/exports/registry.csv',
        'editions/e10/participants/a/photo.jpg',
      ];
      for (const [index, key] of keys.entries()) await storage.put(key, patternBytes(index + 1), { contentType: 'application/octet-stream' });

      const listed = (await collect(storage.list('editions/e1/'))).sort((a, b) => (a.key < b.key ? -1 : 1));
      expect(listed.map(({ key, size }) => ({ key, size }))).toEqual([
        { key: 'editions/e1/exports/registry.csv', size: 4 },
        { key: 'editions/e1/participants/a-b.pdf', size: 3 },
        { key: 'editions/e1/participants/a/photo.jpg', size: 2 },
        { key: 'editions/e1/participants/a0.pdf', size: 1 },
      ]);
      expect(listed.every((entry) => entry.lastModified instanceof Date)).toBe(true);
      expect(await keysUnder(storage, 'editions/e1/participants/a/')).toEqual(['editions/e1/participants/a/photo.jpg']);
      expect(await keysUnder(storage, 'editions/e2/')).toEqual([]);
      expect(await keysUnder(storage, '')).toEqual([...keys].sort());
    });

    it('lists past one page of results', async () => {
      const count = 1003;
      const keys = Array.from({ length: count }, (_, index) => `editions/e1/many/${String(index).padStart(4, '0')}.txt`);
      for (const key of keys) await storage.put(key, Buffer.from('.'), { contentType: 'text/plain' });
      expect(await keysUnder(storage, 'editions/e1/')).toEqual(keys);
      // More than one DeleteObjects batch (1000 keys) as well.
      await expect(storage.deletePrefix('editions/e1/')).resolves.toBe(count);
      expect(await keysUnder(storage, '')).toEqual([]);
    }, 120_000);

    it('deletePrefix erases one participant, reports how many objects went, and leaves the others', async () => {
      const erased = ['editions/e1/participants/p1/photo.jpg', 'editions/e1/participants/p1/badge.pdf', 'editions/e1/participants/p1/exports/x1.zip'];
      const kept = ['editions/e1/participants/p10/photo.jpg', 'editions/e1/participants/p2/photo.jpg', 'editions/e10/participants/p1/photo.jpg'];
      for (const key of [...erased, ...kept]) await storage.put(key, Buffer.from(key), { contentType: 'application/octet-stream' });

      await expect(storage.deletePrefix('editions/e1/participants/p1/')).resolves.toBe(3);
      expect(await keysUnder(storage, '')).toEqual([...kept].sort());
      await expect(storage.deletePrefix('editions/e1/participants/p1/')).resolves.toBe(0);
      await expect(storage.deletePrefix('editions/e1/')).resolves.toBe(2);
      expect(await keysUnder(storage, '')).toEqual(['editions/e10/participants/p1/photo.jpg']);
    });

    it('refuses invalid keys and prefixes in every operation, storing nothing', async () => {
      const body = Buffer.from('x');
      for (const key of ['../photo.jpg', '/etc/passwd.txt', 'editions/e1/../../x.jpg', 'Editions/photo.jpg', 'photo', 'a//b.jpg', 'a b.jpg', `${'a/'.repeat(300)}x.jpg`]) {
        await expect(storage.put(key, body, { contentType: 'image/jpeg' })).rejects.toEqual(storageError('STORAGE_KEY_INVALID'));
        await expect(storage.get(key)).rejects.toEqual(storageError('STORAGE_KEY_INVALID'));
        await expect(storage.head(key)).rejects.toEqual(storageError('STORAGE_KEY_INVALID'));
        await expect(storage.delete(key)).rejects.toEqual(storageError('STORAGE_KEY_INVALID'));
      }
      for (const prefix of ['editions/e1', '../', '/editions/']) {
        expect(() => storage.list(prefix)).toThrow(expect.objectContaining({ code: 'STORAGE_KEY_INVALID' }));
        await expect(storage.deletePrefix(prefix)).rejects.toEqual(storageError('STORAGE_KEY_INVALID'));
      }
      await expect(storage.deletePrefix('')).rejects.toThrow(/"" would erase everything/);
      expect(await keysUnder(storage, '')).toEqual([]);
    });

    it('refuses an invalid content type or metadata, storing nothing', async () => {
      const body = Buffer.from('x');
      await expect(storage.put(PHOTO, body, { contentType: 'jpeg' })).rejects.toThrow(/contentType "jpeg" is not a MIME type/);
      await expect(storage.put(PHOTO, body, { contentType: 'image/jpeg', metadata: { Name: 'x' } })).rejects.toThrow(/metadata key "Name"/);
      await expect(storage.put(PHOTO, body, { contentType: 'image/jpeg', metadata: { name: 'Алматы' } })).rejects.toThrow(/metadata.name must be printable ASCII/);
      await expect(storage.put(PHOTO, body, { contentType: 'image/jpeg', metadata: { a: 'x'.repeat(1500), b: 'y'.repeat(1500) } })).rejects.toThrow(
        /metadata takes 3002 bytes; the limit is 2048/,
      );
      expect(await keysUnder(storage, '')).toEqual([]);
    });

    it('keeps the previous object whole when a new body stream fails midway, and reports the stream error', async () => {
      const original = patternBytes(10_000, 3);
      await storage.put(PHOTO, original, { contentType: 'image/jpeg', metadata: { version: '1' } });
      const failure = new Error('upload connection reset');
      // Past one S3 part, so a multipart upload has begun when the stream fails.
      await expect(storage.put(PHOTO, failingStream(6 * 1024 * 1024, failure), { contentType: 'image/png', metadata: { version: '2' } })).rejects.toBe(failure);
      await expect(storage.put(BADGE, failingStream(100_000, failure), { contentType: 'application/pdf' })).rejects.toBe(failure);

      const stored = await storage.get(PHOTO);
      expect(stored).toMatchObject({ size: 10_000, contentType: 'image/jpeg', metadata: { version: '1' } });
      expect(sha256(await readAll(stored.body))).toBe(sha256(original));
      expect(await keysUnder(storage, '')).toEqual([PHOTO]);
    });

    it('verifies that it can be used', async () => {
      await expect(storage.verify()).resolves.toBeUndefined();
    });
  });
}
