import { Writable } from 'node:stream';
import PDFDocument from 'pdfkit';
import { pipeDocument } from './pdf-output.js';

const PAGES = 200;
const PAGE_BYTES = 50_000;

/** A destination slower than the document: each chunk is acknowledged a turn of the event loop later. */
function slowDestination(): { stream: Writable; received: () => number } {
  let received = 0;
  const stream = new Writable({
    highWaterMark: 16 * 1024,
    write(chunk: Buffer, _encoding, callback) {
      received += chunk.length;
      setImmediate(callback);
    },
  });
  return { stream, received: () => received };
}

/** Writes pages of incompressible size and reports the most output the document held at once. */
async function largestBacklog(drainBetweenPages: boolean): Promise<{ backlog: number; received: number }> {
  const doc = new PDFDocument({ size: 'A6', margin: 0, font: '', compress: false, autoFirstPage: false });
  const destination = slowDestination();
  const sink = pipeDocument(doc, destination.stream);
  let backlog = 0;
  for (let page = 0; page < PAGES; page++) {
    doc.addPage();
    (doc as unknown as { addContent(data: string): unknown }).addContent(`% ${String(page).repeat(PAGE_BYTES / String(page).length)}`);
    if (drainBetweenPages) await sink.drain();
    backlog = Math.max(backlog, doc.readableLength);
  }
  await sink.finish();
  return { backlog, received: destination.received() };
}

describe(pipeDocument.name, () => {
  it('keeps what a long document holds in memory near 1 MiB when the destination is slow', async () => {
    const { backlog, received } = await largestBacklog(true);
    expect(received).toBeGreaterThan(PAGES * PAGE_BYTES);
    expect(backlog).toBeLessThan((1 << 20) + 2 * PAGE_BYTES);
  });

  it('needs the drain between pages: without it the whole document piles up', async () => {
    const { backlog } = await largestBacklog(false);
    expect(backlog).toBeGreaterThan(PAGES * PAGE_BYTES * 0.9);
  });

  it('destroys the destination with the error on abort', () => {
    const doc = new PDFDocument({ size: 'A6', font: '' });
    const destination = slowDestination();
    destination.stream.on('error', () => undefined);
    pipeDocument(doc, destination.stream).abort(new Error('badges[3].photo: must be a JPEG or PNG image'));
    expect(destination.stream.destroyed).toBe(true);
    expect(destination.stream.errored?.message).toBe('badges[3].photo: must be a JPEG or PNG image');
  });
});
