// The portal's only way to the api: one sdk client, and the translation of its failures into
// HTTP answers the error boundary can explain (404 for unknown pages, 503 when the api is away).
import { CaravanApiError, createCaravanClient } from '@caravan/sdk';
import { data } from '@remix-run/node';
import { config } from './config.server.js';
import type { PageError } from './page-error.js';

export const caravan = createCaravanClient({ url: config.apiUrl, timeoutMs: 8_000 });

export function notFound(): never {
  throw data<PageError>({ code: 'NOT_FOUND' }, { status: 404 });
}

/** Runs an api call: NOT_FOUND becomes a 404 page, an unreachable api a 503, other api errors a 502. */
export async function fromApi<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof CaravanApiError) {
      // The api answers some unknown addresses with a NOT_FOUND error rather than null.
      if (error.code === 'NOT_FOUND') notFound();
      console.error(`[portal] api call failed: ${error.code}: ${error.message}`);
      const unavailable = error.isUnavailable || error.code === 'UNAVAILABLE';
      throw data<PageError>({ code: unavailable ? 'API_UNAVAILABLE' : 'API_ERROR', detail: error.code }, { status: unavailable ? 503 : 502 });
    }
    throw error;
  }
}
