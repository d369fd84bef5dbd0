// Plain-JSON snapshots of records for the audit trail: dates become ISO strings (calendar dates
// for `date` columns), decimals strings, JSON columns pass through. The fields are the entity's
// schema fields plus the columns named, so nothing secret reaches the trail by accident.
import { Prisma } from '@caravan/db';
import type { AuditJson } from '../../audit/audit-entry.js';
import type { z } from 'zod';
import { objectOf } from './input-type.js';

export function auditJson(value: unknown): AuditJson {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Prisma.Decimal) return value.toFixed(2);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(auditJson);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, auditJson(item)]));
  }
  return String(value);
}

/** A snapshot function for rows of an entity: the schema's fields the row has, and `extra` columns. */
export function snapshotOf<Row extends object>(schema: z.ZodType, extra: readonly (keyof Row & string)[] = []): (row: Row) => AuditJson {
  const keys = [...Object.keys(objectOf(schema).shape), ...extra];
  return (row) => {
    const values = row as Record<string, unknown>;
    return auditJson(Object.fromEntries(keys.filter((key) => key in values).map((key) => [key, values[key]])));
  };
}
