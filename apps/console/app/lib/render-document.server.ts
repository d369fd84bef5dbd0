// Renders the page to the bytes of an HTML document. React's web-stream renderer is used, not its
// Node one: React 18's renderToPipeableStream writes its whole 2 KB buffer when a character of
// several bytes does not fit at its end, so the unused bytes went out as NUL characters in the
// middle of the text (a Russian name typed into a form came back as "А\0йгерим").
import type { ReactElement } from 'react';
import { renderToReadableStream } from 'react-dom/server.browser';

export interface RenderOptions {
  nonce: string;
  /** Wait for the whole page (for crawlers), not only its shell. */
  waitForAll: boolean;
  /** Give up on what has not rendered after this many milliseconds. */
  abortAfterMs: number;
  onError(error: unknown): void;
}

export async function renderDocument(element: ReactElement, options: RenderOptions): Promise<ReadableStream<Uint8Array>> {
  // The time limit ends with the rendering: React 18 does not forget an abort signal once a page
  // is complete, and aborting it then closes the finished stream again, which throws.
  const limit = new AbortController();
  const timer = setTimeout(() => limit.abort(new Error(`rendering took over ${options.abortAfterMs} ms`)), options.abortAfterMs);
  try {
    const stream = await renderToReadableStream(element, { nonce: options.nonce, signal: limit.signal, onError: options.onError });
    stream.allReady.then(
      () => clearTimeout(timer),
      () => clearTimeout(timer),
    );
    if (options.waitForAll) await stream.allReady;
    return stream;
  } catch (error) {
    clearTimeout(timer);
    throw error;
  }
}
