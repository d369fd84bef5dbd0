// Opaque cursors for the audit trail: the (at, id) of the last row seen, newest first.
import { badField } from '../common/errors/app-error.js';

export interface AuditPosition {
  at: Date;
  id: string;
}

export function encodeCursor(position: AuditPosition): string {
  return Buffer.from(`${position.at.toISOString()}|${position.id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): AuditPosition {
  const [iso, id, extra] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = iso ? new Date(iso) : new Date(Number.NaN);
  if (!id || extra !== undefined || Number.isNaN(at.getTime()) || at.toISOString() !== iso) {
    throw badField('after', 'is not a cursor from auditTrail; pass pageInfo.endCursor of the previous page');
  }
  return { at, id };
}
