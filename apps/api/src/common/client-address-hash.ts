// The one way the api records a client address where it keeps or logs it (audit rows of
// visitors' writes, security log lines): an HMAC under the api's secret, stable per address so
// abuse can be traced to one client, and not reversible by trying every address.
import { createHmac } from 'node:crypto';

export function clientAddressHash(secret: Uint8Array, address: string): string {
  return createHmac('sha256', secret).update(address).digest('hex');
}
