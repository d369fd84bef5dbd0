// Reads PDFs back the way a person's tools do: poppler's pdftotext and pdfinfo, and zbar
// decoding QR codes from a 150 dpi pdftoppm render. Debian: poppler-utils, zbar-tools.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function withPdfFile<T>(pdf: Buffer, use: (file: string, directory: string) => Promise<T>): Promise<T> {
  const directory = await mkdtemp(join(tmpdir(), 'caravan-pdf-'));
  try {
    const file = join(directory, 'document.pdf');
    await writeFile(file, pdf);
    return await use(file, directory);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

/** The text pdftotext extracts, with runs of whitespace folded to one space. */
export const pdfText = (pdf: Buffer, page?: number): Promise<string> =>
  withPdfFile(pdf, async (file) => {
    const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
    const { stdout } = await run('pdftotext', [...range, '-enc', 'UTF-8', file, '-']);
    return stdout.replace(/\s+/g, ' ').trim();
  });

export const pdfPageCount = (pdf: Buffer): Promise<number> =>
  withPdfFile(pdf, async (file) => {
    const { stdout } = await run('pdfinfo', [file]);
    return Number(/^Pages:\s+(\d+)$/m.exec(stdout)?.[1]);
  });

/** Page sizes in points, as pdfinfo reports them. */
export const pdfPageSize = (pdf: Buffer): Promise<[number, number]> =>
  withPdfFile(pdf, async (file) => {
    const { stdout } = await run('pdfinfo', [file]);
    const match = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(stdout);
    return [Number(match?.[1]), Number(match?.[2])];
  });

/** Every QR code zbarimg finds on a page rendered at 150 dpi, in zbar's order. */
export const decodeQrCodes = (pdf: Buffer, page = 1): Promise<string[]> =>
  withPdfFile(pdf, async (file, directory) => {
    await run('pdftoppm', ['-r', '150', '-png', '-f', String(page), '-l', String(page), file, join(directory, 'page')]);
    const [image] = (await readdir(directory)).filter((name) => name.endsWith('.png'));
    const { stdout } = await run('zbarimg', ['--raw', '-q', '-Sdisable', '-Sqrcode.enable', join(directory, image!)]);
    return stdout.split('\n').filter((line) => line.length > 0);
  });

/** A writable that keeps what it is given, for rendering into memory. */
export function memorySink(): { stream: Writable; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  return { stream, bytes: () => Buffer.concat(chunks) };
}
