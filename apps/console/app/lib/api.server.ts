// The console's only way to the api: sdk clients (anonymous, or with the organizer's access
// token) and the translation of api failures into the answers the error boundary explains.
import { CaravanApiError, createCaravanClient, type CaravanClient } from '@caravan/sdk';
import { data } from '@remix-run/node';
import { config } from './config.server.js';
import type { PageError } from './page-error.js';

export function apiClient(accessToken?: string, headers?: Record<string, string>): CaravanClient {
  return createCaravanClient({ url: config.apiUrl, timeoutMs: 10_000, ...(accessToken ? { accessToken } : {}), ...(headers ? { headers } : {}) });
}

/**
 * A plain HTTP file of the api (an export, a photo) read with the organizer's token and passed on
 * as it came: its type and disposition kept, never cached by anyone else. The api's refusal
 * (401/403/404) becomes the console's own error page.
 */
export async function apiFile(path: string, accessToken: string): Promise<Response> {
  let answer: Response;
  try {
    answer = await fetch(new URL(path, config.apiUrl), { headers: { authorization: `Bearer ${accessToken}` }, signal: AbortSignal.timeout(20_000) });
  } catch {
    pageError(503, { code: 'API_UNAVAILABLE' });
  }
  if (answer.status === 404) notFound();
  if (answer.status === 401 || answer.status === 403) forbidden();
  if (!answer.ok) pageError(502, { code: 'API_ERROR', detail: `HTTP ${answer.status}` });
  const headers = new Headers({ 'cache-control': 'private, no-store', 'x-content-type-options': 'nosniff' });
  for (const name of ['content-type', 'content-disposition', 'content-length']) {
    const value = answer.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(answer.body, { status: 200, headers });
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
