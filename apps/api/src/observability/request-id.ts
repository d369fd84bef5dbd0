// The id of the request being served, carried through everything it starts (AsyncLocalStorage):
// the request log line, the outbox rows it records and, through them, the worker's log lines of
// its jobs. A caller's X-Request-Id is kept when it is a sane token, so an id from a load
// balancer or the portal follows the request in.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

const requestIds = new AsyncLocalStorage<string>();

const SANE_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/** The caller's id when it is a sane token, else a fresh one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const given = Array.isArray(header) ? header[0] : header;
  return given !== undefined && SANE_ID.test(given) ? given : randomUUID();
}

/** Runs `fn` (and everything it starts) as part of request `id`. */
export function runWithRequestId(id: string, fn: () => void): void {
  requestIds.run(id, fn);
}

/** The id of the request this code runs for, if any. */
export function currentRequestId(): string | undefined {
  return requestIds.getStore();
}
