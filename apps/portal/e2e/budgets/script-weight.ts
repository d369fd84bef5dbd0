// What JavaScript a page made the browser load: every script resource (module entries, imports and
// modulepreloads), with its size gzipped here at level 9 (the size a compressing server or CDN
// would send, whatever the test server does).
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';

export interface ScriptWeight {
  url: string;
  bytes: number;
  gzipBytes: number;
}

/** Starts recording the page's script responses; call before navigating, read after the page settled. */
export function recordScripts(page: Page): () => Promise<ScriptWeight[]> {
  const responses: Response[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') responses.push(response);
  });
  return async () => {
    const weights = await Promise.all(
      responses.map(async (response) => {
        const body = await response.body();
        return { url: new URL(response.url()).pathname, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
      }),
    );
    // One resource counts once, however often the page asked for it.
    return [...new Map(weights.map((weight) => [weight.url, weight])).values()];
  };
}

export const totalGzipBytes = (weights: readonly ScriptWeight[]) => weights.reduce((sum, weight) => sum + weight.gzipBytes, 0);
