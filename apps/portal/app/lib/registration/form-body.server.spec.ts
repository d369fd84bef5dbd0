// The registration form's body as the network delivers it: in chunks that split it anywhere. The
// answers and the photo come out byte for byte wherever the split falls; a photo over the limit,
// a text over 64 KB, too many parts and a broken body each get their own answer.
import { randomBytes } from 'node:crypto';
import { readRegistrationBody } from './form-body.server.js';
import { MAX_PHOTO_BYTES } from './registration.server.js';

/** A boundary as Chromium writes it. */
const BOUNDARY = '----WebKitFormBoundaryAbCdEf0123456789';

type Part = { name: string; value: string } | { name: string; filename: string; type: string; bytes: Buffer };

function multipart(parts: Part[], closing = true): Buffer {
  const pieces = parts.flatMap((part) => {
    const head =
      'bytes' in part
        ? `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\nContent-Type: ${part.type}\r\n\r\n`
        : `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${part.name}"\r\n\r\n`;
    return [Buffer.from(head), 'bytes' in part ? part.bytes : Buffer.from(part.value), Buffer.from('\r\n')];
  });
  return Buffer.concat([...pieces, Buffer.from(closing ? `--${BOUNDARY}--\r\n` : '')]);
}

function request(body: Buffer, chunkSize = body.length): Request {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < body.length; at += chunkSize) controller.enqueue(new Uint8Array(body.subarray(at, at + chunkSize)));
      controller.close();
    },
  });
  return new Request('http://portal.test/china-central-asia/12/register', {
    method: 'POST',
    body: stream,
    duplex: 'half',
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
  } as RequestInit);
}

async function refusal(promise: Promise<unknown>): Promise<{ status: number; detail: unknown }> {
  try {
    await promise;
  } catch (thrown) {
    const { init, data } = thrown as { init: { status: number }; data: { detail: unknown } };
    return { status: init.status, detail: data.detail };
  }
  throw new Error('the body was not refused');
}

describe(readRegistrationBody.name, () => {
  it('reads the answers and the photo exactly wherever the chunks split the body', async () => {
    const name = 'Айгерим';
    let parsed = 0;
    for (const chunkSize of [16_384, 65_536]) {
      // Photos whose end (and the answer after it) falls on every offset around a chunk's end.
      for (let photoLength = chunkSize - 520; photoLength < chunkSize; photoLength += 1) {
        const bytes = randomBytes(photoLength);
        const body = multipart([
          { name: 'photo', filename: 'a.jpg', type: 'image/jpeg', bytes },
          { name: 'givenName', value: name },
        ]);
        const read = await readRegistrationBody(request(body, chunkSize));
        expect(read.form.get('givenName')).toBe(name);
        expect(Buffer.from(await (read.photo as File).arrayBuffer()).equals(bytes)).toBe(true);
        parsed += 1;
      }
    }
    expect(parsed).toBe(1040);
  });

  it('marks a photo over the limit too large and still reads the answers after it', async () => {
    const body = multipart([
      { name: 'photo', filename: 'huge.jpg', type: 'image/jpeg', bytes: Buffer.alloc(MAX_PHOTO_BYTES + 1, 7) },
      { name: 'givenName', value: 'ნინო' },
    ]);
    const read = await readRegistrationBody(request(body, 65_536));
    expect(read).toMatchObject({ photo: null, tooLarge: true });
    expect(read.form.get('givenName')).toBe('ნინო');
  });

  it('keeps a photo of exactly the limit, and takes no photo from an empty file input', async () => {
    const exact = await readRegistrationBody(request(multipart([{ name: 'photo', filename: 'a.png', type: 'image/png', bytes: Buffer.alloc(MAX_PHOTO_BYTES, 1) }])));
    expect(exact.tooLarge).toBe(false);
    expect(exact.photo?.size).toBe(MAX_PHOTO_BYTES);
    expect(exact.photo?.type).toBe('image/png');
    const none = await readRegistrationBody(request(multipart([{ name: 'photo', filename: '', type: 'application/octet-stream', bytes: Buffer.alloc(0) }])));
    expect(none).toMatchObject({ photo: null, tooLarge: false });
  });

  it('cuts a text answer at 64 KB', async () => {
    const read = await readRegistrationBody(request(multipart([{ name: 'position', value: 'x'.repeat(70_000) }])));
    expect(read.form.get('position')).toBe('x'.repeat(64 * 1024));
  });

  it('refuses a body of more parts than any form has (413) and a broken body (400)', async () => {
    const many = multipart(Array.from({ length: 401 }, (_, i) => ({ name: `custom.q${i}`, value: 'a' })));
    await expect(refusal(readRegistrationBody(request(many)))).resolves.toEqual({ status: 413, detail: 'FORM_TOO_LARGE' });
    const cut = multipart([{ name: 'givenName', value: 'Nino' }], false).subarray(0, 60);
    await expect(refusal(readRegistrationBody(request(cut)))).resolves.toEqual({ status: 400, detail: 'FORM_MALFORMED' });
  });

  it('reads a form sent without a file as a plain form', async () => {
    const read = await readRegistrationBody(
      new Request('http://portal.test/', { method: 'POST', body: 'givenName=%D0%90%D0%B9%D0%B3%D0%B5%D1%80%D0%B8%D0%BC', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
    );
    expect(read.form.get('givenName')).toBe('Айгерим');
  });
});
