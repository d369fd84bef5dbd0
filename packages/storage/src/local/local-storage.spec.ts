import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeStorageContract } from '../testing/storage-contract.js';
import { chunkedStream, patternBytes, readAll, sha256 } from '../testing/streams.js';
import { createLocalStorage, LOCAL_DIRECTORY_MODE, LOCAL_FILE_MODE } from './local-storage.js';

async function temporaryRoot(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'caravan-storage-'));
}

async function allFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(directory.length + 1)).sort();
}

describeStorageContract(createLocalStorage.name, async () => {
  const base = await temporaryRoot();
  // A root that does not exist yet: the driver creates it.
  const storage = createLocalStorage({ root: join(base, 'storage') });
  return { storage, close: () => rm(base, { recursive: true, force: true }) };
});

describe(createLocalStorage.name, () => {
  let base: string;
  let root: string;

  beforeEach(async () => {
    base = await temporaryRoot();
    root = join(base, 'storage');
  });

  afterEach(async () => {
    await rm(base, { recursive: true, force: true });
  });

  it('creates its directories 0700 and its files 0600', async () => {
    const storage = createLocalStorage({ root });
    await storage.put('editions/e1/participants/p1/photo.jpg', Buffer.from('jpeg'), { contentType: 'image/jpeg' });
    for (const directory of ['', 'editions', 'editions/e1', 'editions/e1/participants', 'editions/e1/participants/p1']) {
      expect(((await stat(join(root, directory))).mode & 0o777).toString(8)).toBe(LOCAL_DIRECTORY_MODE.toString(8));
    }
    expect(((await stat(join(root, 'editions/e1/participants/p1/photo.jpg'))).mode & 0o777).toString(8)).toBe(LOCAL_FILE_MODE.toString(8));
  });

  it("keeps each object in one file at its key's path, its bytes first, and leaves no temporary file", async () => {
    const storage = createLocalStorage({ root });
    const bytes = patternBytes(200_000);
    await storage.put('editions/e1/participants/p1/photo.jpg', chunkedStream(bytes), { contentType: 'image/jpeg', metadata: { sha256: 'abc' } });
    expect(await allFiles(root)).toEqual(['editions/e1/participants/p1/photo.jpg']);
    const file = await readFile(join(root, 'editions/e1/participants/p1/photo.jpg'));
    expect(file.subarray(0, bytes.length).equals(bytes)).toBe(true);
    expect(file.subarray(bytes.length).toString('utf8')).toContain('"contentType":"image/jpeg","metadata":{"sha256":"abc"}');
  });

  it('serves the version it opened to its end while a put replaces the object', async () => {
    const storage = createLocalStorage({ root });
    const key = 'editions/e1/participants/p1/badge.pdf';
    const first = patternBytes(3 * 1024 * 1024, 1);
    await storage.put(key, first, { contentType: 'application/pdf' });
    const reading = await storage.get(key);
    await storage.put(key, patternBytes(1000, 2), { contentType: 'application/pdf' });
    expect(sha256(await readAll(reading.body))).toBe(sha256(first));
    expect(await readAll((await storage.get(key)).body)).toEqual(patternBytes(1000, 2));
  });

  it("leaves one writer's bytes with that writer's metadata when puts to one key race", async () => {
    const storage = createLocalStorage({ root });
    const key = 'editions/e1/participants/p1/photo.jpg';
    const writers = [1, 2, 3, 4, 5, 6];
    const bodies = new Map(writers.map((writer) => [writer, patternBytes(300_000 + writer * 1000, writer)]));
    await Promise.all(
      writers.map((writer) => storage.put(key, chunkedStream(bodies.get(writer) as Buffer, 16 * 1024), { contentType: 'image/jpeg', metadata: { writer: String(writer) } })),
    );
    const stored = await storage.get(key);
    const writer = Number(stored.metadata['writer']);
    expect(writers).toContain(writer);
    expect(sha256(await readAll(stored.body))).toBe(sha256(bodies.get(writer) as Buffer));
    expect(await allFiles(root)).toEqual([key]);
  });

  it('does not list or serve the temporary file a crash left behind, and deletePrefix removes it', async () => {
    const storage = createLocalStorage({ root });
    await storage.put('editions/e1/participants/p1/photo.jpg', Buffer.from('old'), { contentType: 'image/jpeg' });
    const leftover = join(root, 'editions/e1/participants/p1/.badge.pdf.0123456789ab.tmp');
    await writeFile(leftover, 'half a PDF');
    expect((await collectKeys(storage.list(''))).sort()).toEqual(['editions/e1/participants/p1/photo.jpg']);
    await expect(storage.head('editions/e1/participants/p1/badge.pdf')).resolves.toBeUndefined();
    await expect(storage.deletePrefix('editions/e1/participants/p1/')).resolves.toBe(1);
    expect(await allFiles(root)).toEqual([]);
  });

  it('leaves no empty folders behind after delete and deletePrefix', async () => {
    const storage = createLocalStorage({ root });
    await storage.put('editions/e1/participants/p1/photo.jpg', Buffer.from('x'), { contentType: 'image/jpeg' });
    await storage.put('editions/e1/participants/p2/photo.jpg', Buffer.from('x'), { contentType: 'image/jpeg' });
    await storage.delete('editions/e1/participants/p1/photo.jpg');
    expect(await readdir(join(root, 'editions/e1/participants'))).toEqual(['p2']);
    await storage.deletePrefix('editions/e1/participants/p2/');
    expect(await readdir(root)).toEqual([]);
  });

  it('refuses a file it did not write with STORAGE_OBJECT_CORRUPT naming the key', async () => {
    const storage = createLocalStorage({ root });
    await storage.put('editions/e1/participants/p1/photo.jpg', Buffer.from('x'), { contentType: 'image/jpeg' });
    await writeFile(join(root, 'editions/e1/participants/p1/photo.jpg'), 'a JPEG copied in by hand');
    await expect(storage.get('editions/e1/participants/p1/photo.jpg')).rejects.toMatchObject({
      code: 'STORAGE_OBJECT_CORRUPT',
      message: expect.stringContaining('"editions/e1/participants/p1/photo.jpg" cannot be read: the file has no object trailer'),
    });
  });

  it('fails verify with STORAGE_UNAVAILABLE when its root is not a directory', async () => {
    await writeFile(join(base, 'a-file'), 'x');
    const storage = createLocalStorage({ root: join(base, 'a-file') });
    await expect(storage.verify()).rejects.toMatchObject({ code: 'STORAGE_UNAVAILABLE', message: expect.stringContaining(`${join(base, 'a-file')} cannot be used`) });
  });
});

async function collectKeys(iterable: AsyncIterable<{ key: string }>): Promise<string[]> {
  const keys: string[] = [];
  for await (const entry of iterable) keys.push(entry.key);
  return keys;
}
