// Streaming a pdfkit document into a caller's writable with bounded memory. pdfkit pushes
// its output regardless of the reader, so a long document yields to the event loop whenever
// its buffer grows, letting the pipe drain before more pages are drawn.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';

/** Bytes a document may hold before drawing waits for the destination. */
const HIGH_WATER_MARK = 1 << 20;

export interface DocumentSink {
  /** Call between pages: returns once the buffered output is small again. */
  drain(): Promise<void>;
  /** Ends the document and resolves when the destination has flushed everything. */
  finish(): Promise<void>;
  /** Destroys the destination with the error, so the caller discards what was written. */
  abort(error: Error): void;
}

/**
 * Pipes the document, runs `draw`, and ends it. If drawing fails, the destination is
 * destroyed with the error (so the caller discards the partial file) and the error rethrown.
 */
export async function writeDocument<T>(doc: PDFKit.PDFDocument, destination: Writable, draw: (sink: DocumentSink) => Promise<T> | T): Promise<T> {
  const sink = pipeDocument(doc, destination);
  let result: T;
  try {
    result = await draw(sink);
  } catch (error) {
    sink.abort(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
  await sink.finish();
  return result;
}

export function pipeDocument(doc: PDFKit.PDFDocument, destination: Writable): DocumentSink {
  doc.pipe(destination);
  const finished = new Promise<void>((resolve, reject) => {
    destination.once('finish', resolve);
    destination.once('error', reject);
    doc.once('error', reject);
  });
  // A failure is reported through the promise the caller awaits, not as an unhandled rejection.
  finished.catch(() => undefined);
  return {
    async drain() {
      while (doc.readableLength > HIGH_WATER_MARK) {
        if (destination.destroyed) return;
        if (destination.writableNeedDrain) await once(destination, 'drain');
        else await yieldToEventLoop();
      }
    },
    async finish() {
      doc.end();
      await finished;
    },
    abort(error) {
      doc.unpipe(destination);
      destination.destroy(error);
    },
  };
}
