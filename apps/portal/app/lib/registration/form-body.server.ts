// Reads a registration form's body (multipart, since it carries the badge photo) with bounds: the
// photo is kept in memory up to the api's 5 MB limit and marked too large beyond it (the rest of
// the form is still read, so the visitor's answers are shown again), each text field is cut at
// 64 KB, and a body of more parts than any form has is refused. busboy parses it (ADR 165): the
// parser Remix bundles lost or garbled parts when the network split a body at some offsets.
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { data as response } from '@remix-run/node';
import busboy from 'busboy';
import { MAX_PHOTO_BYTES } from './registration.server.js';

const MAX_TEXT_BYTES = 64 * 1024;
const PHOTO_INPUT = 'photo';
/** More inputs than any form of 60 fields has; beyond it the body is refused. */
const MAX_PARTS = 400;

export interface RegistrationBody {
  /** The text answers (and no file). */
  form: FormData;
  /** The photo chosen in this submission, if any and within the limit. */
  photo: File | null;
  /** True when the chosen photo is over the limit (and was dropped). */
  tooLarge: boolean;
}

const refused = (detail: 'FORM_TOO_LARGE' | 'FORM_MALFORMED', status: number) => response({ code: 'API_ERROR', detail }, { status });

export async function readRegistrationBody(request: Request): Promise<RegistrationBody> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.startsWith('multipart/form-data')) return { form: await request.formData(), photo: null, tooLarge: false };
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: { 'content-type': contentType }, defParamCharset: 'utf8', limits: { fieldSize: MAX_TEXT_BYTES, fileSize: MAX_PHOTO_BYTES + 1, parts: MAX_PARTS } });
  } catch {
    throw refused('FORM_MALFORMED', 400);
  }
  const form = new FormData();
  let photo: File | null = null;
  let tooLarge = false;
  let tooManyParts = false;
  parser.on('field', (name, value) => form.append(name, value));
  parser.on('file', (name, stream, info) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (name === PHOTO_INPUT) chunks.push(chunk);
    });
    stream.on('end', () => {
      if (name !== PHOTO_INPUT || size === 0) return;
      // busboy stops a file one byte past the limit (fileSize), which tells a photo over it.
      if (size > MAX_PHOTO_BYTES) {
        tooLarge = true;
        photo = null;
      } else {
        photo = new File([Buffer.concat(chunks)], info.filename || 'photo', { type: info.mimeType });
      }
    });
  });
  parser.on('partsLimit', () => {
    tooManyParts = true;
  });
  const body = request.body ? Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>) : Readable.from([]);
  await new Promise<void>((resolve, reject) => {
    parser.on('close', resolve);
    parser.on('error', reject);
    body.on('error', reject);
    body.pipe(parser);
  }).catch(() => {
    throw refused('FORM_MALFORMED', 400);
  });
  if (tooManyParts) throw refused('FORM_TOO_LARGE', 413);
  return { form, photo, tooLarge };
}
