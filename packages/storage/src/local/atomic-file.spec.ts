import { mkdtemp, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomically } from './atomic-file.js';

type Writer = (path: string, source: AsyncIterable<Uint8Array>) => Promise<void>;

const atomic: Writer = (path, source) => writeFileAtomically(path, source, { fileMode: 0o600, dirMode: 0o700 });

// What a plain write does: open the real name and write the bytes as they come.
const inPlace: Writer = async (path, source) => {
  const handle = await open(path, 'w');
  try {
    for await (const chunk of source) await handle.write(chunk);
  } finally {
    await handle.close();
  }
};

const CHUNK = 64 * 1024;

async function* failingSource(): AsyncGenerator<Uint8Array> {
  yield Buffer.alloc(CHUNK, 'n');
  throw new Error('source failed');
}

// Hands out steps in order so that two writers interleave exactly as planned. A source waits
// for its step, yields a chunk, and passes the turn on when its writer asks for the next chunk,
// that is once the chunk has been written.
class Turns {
  #step = 0;
  readonly #waiting = new Map<number, () => void>();

  async waitFor(step: number): Promise<void> {
    if (this.#step < step) await new Promise<void>((resolve) => this.#waiting.set(step, resolve));
  }

  next(): void {
    this.#step += 1;
    this.#waiting.get(this.#step)?.();
  }
}

async function* source(turns: Turns, steps: number[], fill: string): AsyncGenerator<Uint8Array> {
  for (const step of steps) {
    await turns.waitFor(step);
    yield Buffer.alloc(CHUNK, fill);
    turns.next();
  }
}

describe(writeFileAtomically.name, () => {
  let directory: string;
  let path: string;

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'caravan-atomic-'));
    path = join(directory, 'badge.pdf');
  });

  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it.each([
    { name: writeFileAtomically.name, write: atomic, whole: true },
    { name: 'a write in place (negative control)', write: inPlace, whole: false },
  ])('$name: the previous file survives a source that fails midway: $whole', async ({ write, whole }) => {
    await writeFile(path, 'previous content');
    await expect(write(path, failingSource())).rejects.toThrow('source failed');
    expect((await readFile(path, 'utf8')) === 'previous content').toBe(whole);
  });

  it.each([
    { name: writeFileAtomically.name, write: atomic, whole: true },
    { name: 'a write in place (negative control)', write: inPlace, whole: false },
  ])('$name: two racing writers leave one whole file: $whole', async ({ write, whole }) => {
    // Writer a writes three chunks, writer b two, alternating: a0 b0 a1 b1 a2.
    const turns = new Turns();
    await Promise.all([write(path, source(turns, [0, 2, 4], 'a')), write(path, source(turns, [1, 3], 'b'))]);
    const content = await readFile(path, 'latin1');
    const wholeFiles = ['a'.repeat(3 * CHUNK), 'b'.repeat(2 * CHUNK)];
    expect(wholeFiles.includes(content)).toBe(whole);
  });

  it('leaves no temporary file behind, whether it succeeds or fails', async () => {
    await atomic(path, (async function* () {
      yield Buffer.from('done');
    })());
    await expect(atomic(path, failingSource())).rejects.toThrow('source failed');
    expect(await readdir(directory)).toEqual(['badge.pdf']);
    expect(await readFile(path, 'utf8')).toBe('done');
  });
});
