// Reads the mail a development mail catcher received, through maildev's REST API (/api/email):
// what tests assert on, and what a developer's script can use to fetch a magic link.
import { z } from 'zod';

const ZAddress = z.object({ address: z.string(), name: z.string().optional() });

const ZCaughtMail = z.object({
  id: z.string(),
  time: z.string(),
  subject: z.string(),
  from: z.array(ZAddress),
  to: z.array(ZAddress),
  html: z.string().optional(),
  text: z.string().optional(),
  headers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  attachments: z.array(z.object({ filename: z.string(), contentType: z.string(), size: z.number().optional() })).default([]),
  envelope: z.object({ from: ZAddress, to: z.array(ZAddress) }),
});

export type CaughtMail = z.infer<typeof ZCaughtMail>;

export interface WaitOptions {
  /** How long to wait before failing (the failure lists what did arrive). */
  timeoutMs?: number;
  /** Pause between two looks at the inbox. */
  intervalMs?: number;
}

export class MailCatcherClient {
  private readonly api: string;

  /** `webUrl` as MailCatcher gives it, e.g. http://127.0.0.1:1080/ */
  constructor(webUrl: string) {
    this.api = new URL('api/', webUrl.endsWith('/') ? webUrl : `${webUrl}/`).toString();
  }

  private async request(path: string, init?: RequestInit): Promise<Response> {
    const response = await fetch(new URL(path, this.api), init);
    if (!response.ok) throw new Error(`Mail catcher answered ${response.status} to ${init?.method ?? 'GET'} ${path}: ${await response.text()}`);
    return response;
  }

  /** Every mail received, oldest first. */
  async list(): Promise<CaughtMail[]> {
    const body: unknown = await (await this.request('email')).json();
    return z.array(ZCaughtMail).parse(body);
  }

  async get(id: string): Promise<CaughtMail> {
    return ZCaughtMail.parse(await (await this.request(`email/${encodeURIComponent(id)}`)).json());
  }

  /** The mail as it travelled: headers and MIME parts, undecoded. */
  async source(id: string): Promise<string> {
    return (await this.request(`email/${encodeURIComponent(id)}/source`)).text();
  }

  /** Mail addressed to `address` (To header or envelope), oldest first. */
  async findByRecipient(address: string): Promise<CaughtMail[]> {
    const wanted = address.toLowerCase();
    return (await this.list()).filter((mail) => [...mail.to, ...mail.envelope.to].some((to) => to.address.toLowerCase() === wanted));
  }

  /** Waits until a mail to `address` (and matching `predicate`, if given) has arrived. */
  async waitForMail(address: string, predicate: (mail: CaughtMail) => boolean = () => true, options: WaitOptions = {}): Promise<CaughtMail> {
    const timeoutMs = options.timeoutMs ?? 10_000;
    const intervalMs = options.intervalMs ?? 50;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = (await this.findByRecipient(address)).find(predicate);
      if (found) return found;
      if (Date.now() >= deadline) {
        const received = (await this.list()).map((mail) => `"${mail.subject}" to ${mail.to.map((to) => to.address).join(', ')}`);
        throw new Error(`No matching mail to ${address} arrived within ${timeoutMs} ms; the catcher holds ${received.length ? received.join('; ') : 'nothing'}.`);
      }
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }

  /** Empties the inbox. */
  async deleteAll(): Promise<void> {
    await this.request('email/all', { method: 'DELETE' });
  }
}
