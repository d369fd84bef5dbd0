// Filters of the audit trail page: who (actor email), what kind of record, which action, and a
// date range (calendar days in UTC, inclusive). The api pages the trail newest first without
// filters, so the console applies them to the entries it reads (see audit.server.ts).

export const AUDIT_ACTIONS = ['create', 'update', 'publish', 'unpublish', 'delete', 'grant', 'revoke'] as const;
export const AUDIT_ENTITY_TYPES = ['Series', 'Edition', 'Session', 'SessionSpeakers', 'Venue', 'Room', 'Track', 'Person', 'Organization', 'Delegation', 'Agreement', 'Statement', 'Indicator', 'RoleGrant', 'User'] as const;

export interface AuditFilter {
  actor: string | null;
  entityType: string | null;
  action: string | null;
  /** First day, YYYY-MM-DD (UTC), inclusive. */
  from: string | null;
  /** Last day, YYYY-MM-DD (UTC), inclusive. */
  to: string | null;
}

export interface FilterableEntry {
  action: string;
  entityType: string;
  at: string;
  actor: { email: string } | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The filter a query string asks for; malformed dates and unknown choices are left out. */
export function parseAuditFilter(params: URLSearchParams): AuditFilter {
  const pick = (name: string, allowed?: readonly string[]) => {
    const value = params.get(name)?.trim() ?? '';
    if (!value) return null;
    return allowed && !allowed.includes(value) ? null : value;
  };
  const day = (name: string) => {
    const value = pick(name);
    return value && DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ? value : null;
  };
  return { actor: pick('actor')?.toLowerCase() ?? null, entityType: pick('entityType', AUDIT_ENTITY_TYPES), action: pick('action', AUDIT_ACTIONS), from: day('from'), to: day('to') };
}

export function isFiltered(filter: AuditFilter): boolean {
  return Object.values(filter).some((value) => value !== null);
}

export function matchesAuditFilter(entry: FilterableEntry, filter: AuditFilter): boolean {
  if (filter.action && entry.action !== filter.action) return false;
  if (filter.entityType && entry.entityType !== filter.entityType) return false;
  if (filter.actor && !(entry.actor?.email.toLowerCase().includes(filter.actor) ?? false)) return false;
  const day = entry.at.slice(0, 10);
  if (filter.from && day < filter.from) return false;
  if (filter.to && day > filter.to) return false;
  return true;
}

/** Entries come newest first: once one is older than `from`, none after it can match. */
export function isPastRange(entry: FilterableEntry, filter: AuditFilter): boolean {
  return filter.from !== null && entry.at.slice(0, 10) < filter.from;
}
