// Reads the audit trail for the audit page. The api pages it newest first and filters nothing,
// so with a filter the console reads on, up to a bound, until it has a page of matches; the
// cursor it returns continues from the last entry it read. An api `auditTrail(filter:)` would
// replace this loop (see the console README).
import { AuditTrailPageDocument, type AuditTrailPageQuery } from '../generated/graphql.js';
import { fromApi } from './api.server.js';
import type { Organizer } from './auth.server.js';
import { isFiltered, isPastRange, matchesAuditFilter, type AuditFilter } from './audit-filter.js';

export type AuditEntry = AuditTrailPageQuery['auditTrail']['edges'][number]['node'];

export const AUDIT_PAGE_SIZE = 25;
/** The api's largest page, and how many of them one filtered page may read. */
const SCAN_PAGE = 100;
const MAX_SCANNED_PAGES = 10;

export interface AuditPage {
  entries: AuditEntry[];
  /** Where the next page starts; null when the trail (or the date range) is exhausted. */
  next: string | null;
  /** How many entries were read to fill this page. */
  scanned: number;
}

export async function readAuditPage(organizer: Organizer, series: string, filter: AuditFilter, after: string | null): Promise<AuditPage> {
  if (!isFiltered(filter)) {
    const { auditTrail } = await fromApi(() => organizer.client.request(AuditTrailPageDocument, { series, first: AUDIT_PAGE_SIZE, after }));
    return { entries: auditTrail.edges.map((edge) => edge.node), next: auditTrail.pageInfo.hasNextPage ? auditTrail.pageInfo.endCursor : null, scanned: auditTrail.edges.length };
  }
  const entries: AuditEntry[] = [];
  let cursor = after;
  let scanned = 0;
  for (let read = 0; read < MAX_SCANNED_PAGES; read += 1) {
    const { auditTrail } = await fromApi(() => organizer.client.request(AuditTrailPageDocument, { series, first: SCAN_PAGE, after: cursor }));
    for (const edge of auditTrail.edges) {
      scanned += 1;
      if (isPastRange(edge.node, filter)) return { entries, next: null, scanned };
      if (matchesAuditFilter(edge.node, filter)) entries.push(edge.node);
      cursor = edge.cursor;
      if (entries.length === AUDIT_PAGE_SIZE) return { entries, next: cursor, scanned };
    }
    if (!auditTrail.pageInfo.hasNextPage) return { entries, next: null, scanned };
  }
  return { entries, next: cursor, scanned };
}
