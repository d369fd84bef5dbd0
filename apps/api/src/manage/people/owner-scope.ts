// Tenancy of the records that live outside any edition (people, organizations, indicators):
// the series that owns one is the scope its edits are checked against. A record without an
// owner is shared by the whole platform, so only platform admins may change it.
import type { Scope } from '../../auth/policy/can.js';

export function ownerScope(seriesId: string | null): Scope | null {
  return seriesId === null ? null : { seriesId, editionId: null };
}
