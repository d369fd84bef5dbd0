// What one audit row says: who did what to which record, in which series, and the record
// before and after. Snapshots are plain JSON built by the caller, never raw rows, so secrets
// (password hashes, tokens) are left out on purpose rather than by luck.
export type AuditAction = 'create' | 'update' | 'publish' | 'unpublish' | 'delete' | 'grant' | 'revoke';

export type AuditJson = string | number | boolean | null | AuditJson[] | { [key: string]: AuditJson };

export interface AuditRecordInput {
  /** Null only for platform-wide records (e.g. an account created by a platform admin). */
  seriesId: string | null;
  editionId?: string | null;
  /** The signed-in organizer; null for a visitor's public write and for the system itself (seed, jobs). */
  actorId: string | null;
  /** For a visitor's public write: HMAC of the client address (never the address itself). */
  clientAddressHash?: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: AuditJson;
  after?: AuditJson;
}
