// Bodies for the storage tests: deterministic bytes, streamed in chunks, or failing midway.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';

/** `size` bytes that differ from one position to the next and from one seed to another. */
export function patternBytes(size: number, seed = 1): Buffer {
  const bytes = Buffer.alloc(size);
  for (let index = 0; index < size; index += 1) bytes[index] = (index * 31 + seed * 17 + (index >> 10)) & 0xff;
  return bytes;
}

/** A stream of `bytes` in chunks of `chunkSize`. */
export function chunkedStream(bytes: Buffer, chunkSize = 64 * 1024): Readable {
  return Readable.from(
    (function* chunks() {
      for (let offset = 0; offset < bytes.length; offset += chunkSize) yield bytes.subarray(offset, offset + chunkSize);
    })(),
  );
}

/** A stream that yields `bytesBeforeFailure` bytes, then fails with `error`. */
export function failingStream(bytesBeforeFailure: number, error: Error, chunkSize = 64 * 1024): Readable {
  return Readable.from(
    (async function* chunks() {
      const bytes = patternBytes(bytesBeforeFailure, 99);
      for (let offset = 0; offset < bytes.length; offset += chunkSize) yield bytes.subarray(offset, offset + chunkSize);
      throw error;
    })(),
  );
}

export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
