// HTTP caching of the public pages: a Cache-Control that lets browsers and shared caches keep a
// page a minute and serve it stale while they revalidate, and a validator (ETag) so that a
// revalidation whose answer has not changed costs a 304 without a body.
//
// The ETag is not a hash of the HTML: each page carries a fresh script nonce, so no two bodies are
// alike. It is a hash of what the HTML is rendered from: the build, the address and every
// loader's data. Same inputs, same page (less the nonce): a 304 lets the browser keep the body it
// has together with the headers, Content-Security-Policy and its nonce included, stored with it.
import { createHash } from 'node:crypto';

/** Fresh for a minute; then served stale for up to ten while it is revalidated. */
export const PUBLIC_MAX_AGE_SECONDS = 60;
export const STALE_WHILE_REVALIDATE_SECONDS = 600;

export function publicCacheControl(): string {
  return `public, max-age=${PUBLIC_MAX_AGE_SECONDS}, stale-while-revalidate=${STALE_WHILE_REVALIDATE_SECONDS}`;
}

/** The language of a page follows Accept-Language and the language cookie as well as the address. */
export const PUBLIC_VARY = 'Accept-Language, Cookie';

export interface RenderedDocument {
  method: string;
  status: number;
  /** Whether any route of the page takes form posts (its pages carry per-rendering state). */
  hasAction: boolean;
  /** Whether the answer sets a cookie (a language chosen by ?lang=): not for shared caches. */
  setsCookie: boolean;
}

/** Whether a rendered page is public: read-only, successful, and the same for every visitor. */
export function isPublicDocument(document: RenderedDocument): boolean {
  return (document.method === 'GET' || document.method === 'HEAD') && document.status === 200 && !document.hasAction && !document.setsCookie;
}

/** A weak validator over what the page is rendered from. */
export function documentEtag(build: string, url: string, loaderData: unknown): string {
  const { pathname, search } = new URL(url);
  const digest = createHash('sha256').update(build).update('\u0000').update(`${pathname}${search}`).update('\u0000').update(JSON.stringify(loaderData) ?? '').digest('base64url');
  return `W/"${digest.slice(0, 32)}"`;
}

/** Whether an If-None-Match header names this ETag (weak comparison, lists and * included). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}
