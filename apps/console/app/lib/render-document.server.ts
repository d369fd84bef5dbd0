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
  const stream = await renderToReadableStream(element, {
    nonce: options.nonce,
    signal: AbortSignal.timeout(options.abortAfterMs),
    onError: options.onError,
  });
  if (options.waitForAll) await stream.allReady;
  return stream;
}
