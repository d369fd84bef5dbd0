// The on-disk form of one object of the local driver: the object's bytes, then a trailer with
// its content type and metadata. One file per object means one atomic rename commits bytes and
// metadata together (a sidecar file would need two), and because the bytes come first the file
// still opens in an image viewer or a PDF reader, which ignore trailing data.
//
//   <body bytes> <trailer: UTF-8 JSON {"v":1,"contentType":…,"metadata":{…}}> <u32 BE: trailer length> "CVO1"
import type { FileHandle } from 'node:fs/promises';
import { z } from 'zod';
import { StorageError } from '../storage-errors.js';

const MAGIC = Buffer.from('CVO1', 'ascii');
const FOOTER_LENGTH = 4 + MAGIC.length;
// Content type (255) and metadata (2 KiB) as JSON stay well below this.
const MAX_TRAILER_LENGTH = 16 * 1024;

const TrailerSchema = z.object({
  v: z.literal(1),
  contentType: z.string(),
  metadata: z.record(z.string(), z.string()),
});

export interface ObjectFileFacts {
  contentType: string;
  metadata: Record<string, string>;
  /** Bytes of the object itself (the file less its trailer). */
  bodySize: number;
}

export function encodeTrailer(facts: { contentType: string; metadata: Record<string, string> }): Buffer {
  const json = Buffer.from(JSON.stringify({ v: 1, contentType: facts.contentType, metadata: facts.metadata }), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([json, length, MAGIC]);
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

function corruptObject(key: string, why: string): never {
  throw new StorageError('STORAGE_OBJECT_CORRUPT', `Stored object "${key}" cannot be read: ${why}. It was not written by this storage; remove or rewrite it.`);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Reads the trailer of an object file of `fileSize` bytes; throws STORAGE_OBJECT_CORRUPT for anything else. */
export async function readObjectFacts(handle: FileHandle, fileSize: number, key: string): Promise<ObjectFileFacts> {
  const corrupt = (why: string) => corruptObject(key, why);
  if (fileSize < FOOTER_LENGTH) corrupt('the file is too short');
  const footer = await readAt(handle, fileSize - FOOTER_LENGTH, FOOTER_LENGTH);
  if (!footer.subarray(4).equals(MAGIC)) corrupt('the file has no object trailer');
  const trailerLength = footer.readUInt32BE(0);
  if (trailerLength > MAX_TRAILER_LENGTH || trailerLength > fileSize - FOOTER_LENGTH) corrupt('the trailer length is out of range');
  const bodySize = fileSize - FOOTER_LENGTH - trailerLength;
  const text = (await readAt(handle, bodySize, trailerLength)).toString('utf8');
  const parsed = TrailerSchema.safeParse(parseJson(text));
  if (!parsed.success) return corrupt('the trailer is not valid');
  return { contentType: parsed.data.contentType, metadata: parsed.data.metadata, bodySize };
}
