// Remix's default entry (complete HTML for bots, streamed for browsers; see
// lib/render-document.server.ts), plus the security headers every page carries. Scripts run only from the app's own origin or inline with the
// page's nonce (a fresh one per request, handed to Remix's inline scripts through NonceContext);
// no framing by any site, no plugins, no foreign <base> or form targets. The portal and the
// console send the same headers (their e2e tests read them, and fail on any CSP violation).
import { randomBytes } from 'node:crypto';
import type { EntryContext } from '@remix-run/node';
import { RemixServer } from '@remix-run/react';
import { isbot } from 'isbot';
import { NonceContext } from './lib/nonce.js';
import { renderDocument } from './lib/render-document.server.js';

const ABORT_DELAY = 5_000;

const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The page's policy: scripts from our origin, or inline with this page's nonce. */
function contentSecurityPolicy(nonce: string): string {
  return `frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; script-src 'self' 'nonce-${nonce}'`;
}

function applySecurityHeaders(headers: Headers, production: boolean, nonce: string): void {
  headers.set('Content-Security-Policy', contentSecurityPolicy(nonce));
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
  // Browsers remember HSTS per host: only where the app is served in production (over HTTPS).
  if (production) headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
}

export default async function handleRequest(request: Request, responseStatusCode: number, responseHeaders: Headers, remixContext: EntryContext): Promise<Response> {
  const nonce = randomBytes(16).toString('base64');
  applySecurityHeaders(responseHeaders, process.env['NODE_ENV'] === 'production', nonce);
  let status = responseStatusCode;
  let shellRendered = false;
  const app = (
    <NonceContext.Provider value={nonce}>
      <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
    </NonceContext.Provider>
  );
  // A failure of the shell itself rejects here and is answered by Remix.
  const body = await renderDocument(app, {
    nonce,
    waitForAll: isbot(request.headers.get('user-agent') ?? ''),
    abortAfterMs: ABORT_DELAY,
    onError(error: unknown) {
      status = 500;
      if (shellRendered) console.error(error);
    },
  });
  shellRendered = true;
  responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
  return new Response(body, { headers: responseHeaders, status });
}
