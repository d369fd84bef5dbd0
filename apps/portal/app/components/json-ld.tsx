// A schema.org description of the page for search engines (JSON-LD). It is data, not a script,
// but it carries the page's nonce like every inline <script>, and "<" is escaped so no text in it
// can close the element.
import { useNonce } from '../lib/nonce.js';

export function JsonLd({ data }: { data: Record<string, unknown> }) {
  const nonce = useNonce();
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return <script type="application/ld+json" nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: json }} />;
}
