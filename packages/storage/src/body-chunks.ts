// The bytes of a put body, as chunks, whatever form the caller passed them in.
import { Readable } from 'node:stream';
import { StorageError } from './storage-errors.js';

/** Yields the body's bytes; a stream of anything but bytes or strings is refused. */
export async function* bodyChunks(body: Buffer | Readable): AsyncGenerator<Buffer> {
  if (Buffer.isBuffer(body)) {
    yield body;
    return;
  }
  if (!(body instanceof Readable)) throw new StorageError('STORAGE_OPTIONS_INVALID', 'The body must be a Buffer or a Readable stream.');
  for await (const chunk of body as AsyncIterable<unknown>) {
    if (typeof chunk === 'string') yield Buffer.from(chunk, 'utf8');
    else if (chunk instanceof Uint8Array) yield Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    else throw new StorageError('STORAGE_OPTIONS_INVALID', 'The body stream must yield bytes (Buffer, Uint8Array or string chunks).');
  }
}
