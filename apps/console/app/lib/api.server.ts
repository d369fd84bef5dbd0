// The console's only way to the api: sdk clients (anonymous, or with the organizer's access
// token) and the translation of api failures into the answers the error boundary explains.
import { CaravanApiError, createCaravanClient, type CaravanClient } from '@caravan/sdk';
import { data } from '@remix-run/node';
import { config } from './config.server.js';
import type { PageError } from './page-error.js';

export function apiClient(accessToken?: string): CaravanClient {
  return createCaravanClient({ url: config.apiUrl, timeoutMs: 10_000, ...(accessToken ? { accessToken } : {}) });
}

export function pageError(status: number, body: PageError): never {
  throw data<PageError>(body, { status });
}

export function notFound(detail?: string): never {
  pageError(404, { code: 'NOT_FOUND', ...(detail ? { detail } : {}) });
}

export function forbidden(detail?: string): never {
  pageError(403, { code: 'FORBIDDEN', ...(detail ? { detail } : {}) });
}

/** An api failure as a page: NOT_FOUND 404, FORBIDDEN 403, unreachable 503, anything else 502. */
export function apiFailure(error: unknown): never {
  if (!(error instanceof CaravanApiError)) throw error;
  if (error.code === 'NOT_FOUND') notFound(error.message);
  if (error.code === 'FORBIDDEN') forbidden(error.message);
  const unavailable = error.isUnavailable || error.code === 'UNAVAILABLE';
  console.error(`[console] api call failed: ${error.code}: ${error.message}`);
  pageError(unavailable ? 503 : 502, { code: unavailable ? 'API_UNAVAILABLE' : 'API_ERROR', detail: error.code });
}

/** Runs an api read for a page; failures become error pages (see apiFailure). */
export async function fromApi<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    apiFailure(error);
  }
}
