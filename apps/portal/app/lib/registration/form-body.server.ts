// Reads a registration form's body (multipart, since it carries the badge photo) with bounds: the
// photo is kept in memory up to the api's 5 MB limit and marked too large beyond it (the rest of
// the form is still read, so the visitor's answers are shown again), each text field is cut at
// 64 KB, and the whole body at a few megabytes more than the photo.
import { data as response, unstable_parseMultipartFormData, type UploadHandler } from '@remix-run/node';
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

async function readBounded(data: AsyncIterable<Uint8Array>, limit: number): Promise<{ chunks: Uint8Array[]; size: number }> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of data) {
    size += chunk.byteLength;
    // Past the limit the stream is still drained, so the parts after it can be read.
    if (size <= limit) chunks.push(chunk);
  }
  return { chunks, size };
}

export async function readRegistrationBody(request: Request): Promise<RegistrationBody> {
  const contentType = request.headers.get('content-type') ?? '';
  if (!contentType.startsWith('multipart/form-data')) return { form: await request.formData(), photo: null, tooLarge: false };
  let photo: File | null = null;
  let tooLarge = false;
  let parts = 0;
  const handler: UploadHandler = async ({ name, filename, contentType: partType, data }) => {
    parts += 1;
    if (parts > MAX_PARTS) throw response({ code: 'API_ERROR', detail: 'FORM_TOO_LARGE' }, { status: 413 });
    if (filename !== undefined) {
      const { chunks, size } = await readBounded(data, MAX_PHOTO_BYTES);
      if (name !== PHOTO_INPUT || size === 0) return undefined;
      if (size > MAX_PHOTO_BYTES) tooLarge = true;
      else photo = new File([Buffer.concat(chunks)], filename || 'photo', { type: partType });
      return undefined;
    }
    const { chunks } = await readBounded(data, MAX_TEXT_BYTES);
    return Buffer.concat(chunks).toString('utf8');
  };
  const form = await unstable_parseMultipartFormData(request, handler);
  return { form, photo, tooLarge };
}
