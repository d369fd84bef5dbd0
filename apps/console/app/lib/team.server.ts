// The series' role grants as the audit trail records them. The api lists no grants of a series
// (only the viewer's own, through `me`), but every grant and revocation made through it is
// audited with the holder's email and role: the grants still in force are those whose newest
// entry is a grant. Grants written outside the api (the demo seed) do not appear; an api query
// `roleGrants(series:)` would list them all.
import type { OrganizerRole } from '../generated/graphql.js';
import { ORGANIZER_ROLES } from './access.js';
import type { Organizer } from './auth.server.js';
import { readAuditPage, type AuditEntry } from './audit.server.js';

export interface RecordedGrant {
  id: string;
  email: string;
  role: OrganizerRole;
  /** Id of the edition the grant is limited to; null for the whole series. */
  editionId: string | null;
  grantedAt: string;
}

interface GrantSnapshot {
  userEmail?: unknown;
  role?: unknown;
  editionId?: unknown;
}


function snapshot(text: string | null): GrantSnapshot | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as GrantSnapshot) : null;
  } catch {
    return null;
  }
}

/** Grants in force, from the newest-first RoleGrant entries of the trail. */
export function grantsInForce(entries: readonly AuditEntry[]): RecordedGrant[] {
  const seen = new Set<string>();
  const grants: RecordedGrant[] = [];
  for (const entry of entries) {
    if (entry.entityType !== 'RoleGrant' || seen.has(entry.entityId)) continue;
    seen.add(entry.entityId);
    if (entry.action !== 'grant') continue;
    const after = snapshot(entry.after);
    const role = ORGANIZER_ROLES.find((candidate) => candidate === after?.role);
    if (!after || typeof after.userEmail !== 'string' || !role) continue;
    grants.push({ id: entry.entityId, email: after.userEmail, role, editionId: typeof after.editionId === 'string' ? after.editionId : null, grantedAt: entry.at });
  }
  return grants;
}

export async function recordedGrants(organizer: Organizer, series: string): Promise<RecordedGrant[]> {
  const entries: AuditEntry[] = [];
  let after: string | null = null;
  // Each call reads up to a thousand entries; a few calls cover any series' history of grants.
  for (let call = 0; call < 5; call += 1) {
    const page = await readAuditPage(organizer, series, { actor: null, action: null, entityType: 'RoleGrant', from: null, to: null }, after);
    entries.push(...page.entries);
    if (!page.next) break;
    after = page.next;
  }
  return grantsInForce(entries);
}
