// The per-request nonce of the page's inline scripts. entry.server.tsx makes one for each page,
// puts it in the Content-Security-Policy (script-src 'nonce-…') and provides it here, so the root
// can hand it to Remix's <Scripts> and <ScrollRestoration>. In the browser there is none: the
// scripts are already on the page, and browsers hide a nonce from the DOM anyway.
import { createContext, useContext } from 'react';

export const NonceContext = createContext<string | undefined>(undefined);

export function useNonce(): string | undefined {
  return useContext(NonceContext);
}
