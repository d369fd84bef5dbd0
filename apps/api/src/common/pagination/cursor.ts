// Opaque cursors for keyset pagination: base64url of the row's sort key and id. Clients must
// treat them as opaque; the server decodes them back into the position to continue after.
import { badField } from '../errors/app-error.js';

export interface CursorPosition {
  /** Value of the list's sort column for the row (e.g. its slug). */
  key: string;
  /** The row's id, which breaks ties between equal keys so the order is total. */
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.key, position.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, field = 'after'): CursorPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== 'string' || typeof parsed[1] !== 'string') {
    throw badField(field, 'is not a cursor this api issued; pass the endCursor or an edge cursor of a previous page');
  }
  return { key: parsed[0], id: parsed[1] };
}
