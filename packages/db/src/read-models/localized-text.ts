// Text columns are jsonb maps of BCP 47 tag to text (ADR 006). Prisma types them as any JSON
// value; read models turn them into LocalizedText here, once, so that everything downstream can
// take LocalizedText and nothing else.
import type { LocalizedText } from '@caravan/regions';
import type { Prisma } from '../generated/prisma/client.js';
import { DbError } from '../errors.js';

function isText(value: Prisma.JsonValue): value is LocalizedText {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  // A plain loop: this runs for every text of a programme page.
  for (const key in value) if (typeof (value as Record<string, unknown>)[key] !== 'string') return false;
  return true;
}

/** The column as a LocalizedText; a column holding anything else is a data error worth stopping for. */
export function textColumn(value: Prisma.JsonValue, what: string): LocalizedText {
  if (isText(value)) return value;
  throw new DbError('DATA_INVALID', `${what} is not a text map of language tag to text (got ${JSON.stringify(value)}); fix the row.`);
}

/** textColumn for nullable columns. */
export function optionalTextColumn(value: Prisma.JsonValue | null, what: string): LocalizedText | null {
  return value === null ? null : textColumn(value, what);
}
