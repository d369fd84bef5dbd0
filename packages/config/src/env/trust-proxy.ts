// TRUST_PROXY: which proxies in front of a process may tell it the client's address
// (X-Forwarded-For). "true" (trust every hop) is refused: the client itself would then choose its
// address by sending the header, and with it its rate-limit key. Give either the number of proxies
// in front of the process (1 for one load balancer), or the addresses / CIDR ranges of the proxies
// (the proxy-addr names loopback, linklocal and uniquelocal are accepted too).
import { isIP } from 'node:net';
import { z } from 'zod';
import { variable } from './fragments.js';

/** false: X-Forwarded-For is ignored; a number: that many hops are trusted; a list: those proxies are. */
export type TrustProxy = false | number | string[];

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function validEntry(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

export const TRUST_PROXY_HELP =
  'must be false, the number of proxies in front of the api (e.g. 1), or a comma-separated list of proxy addresses or CIDR ranges (e.g. 10.0.0.0/8,fd00::/8); "true" would let any client choose its own address';

export function parseTrustProxy(value: string): TrustProxy | null {
  const text = value.trim();
  if (text === 'false' || text === '0') return false;
  if (/^\d+$/.test(text)) return Number(text);
  const entries = text.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  return entries.length > 0 && entries.every(validEntry) ? entries : null;
}

/** The TRUST_PROXY variable (default false). */
export const trustProxy = variable(
  z
    .string()
    .default('false')
    .transform((value, ctx): TrustProxy => {
      const parsed = parseTrustProxy(value);
      if (parsed === null) {
        ctx.addIssue({ code: 'custom', message: TRUST_PROXY_HELP });
        return z.NEVER;
      }
      return parsed;
    }),
);
