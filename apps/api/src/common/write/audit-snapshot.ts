// Plain-JSON snapshots of records for the audit trail: dates become ISO strings, JSON columns
// pass through. Callers pick the fields, so nothing secret reaches the trail by accident.
import type { AuditJson } from '../../audit/audit-entry.js';

export function auditJson(value: unknown): AuditJson {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map(auditJson);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, auditJson(item)]));
  }
  return String(value);
}
