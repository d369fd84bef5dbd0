// The audit snapshot of an agreement: its fields with the value as a decimal string and the
// parties in order, so the trail shows exactly what an edit changed.
import type { AgreementRow } from '../../agreements/agreements.repository.js';
import type { AuditJson } from '../../audit/audit-entry.js';
import { auditJson } from '../common/audit-snapshot.js';
import type { PartyRow } from './agreement-parties.js';

export function agreementSnapshot(row: AgreementRow, parties: readonly PartyRow[]): AuditJson {
  return auditJson({
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    type: row.type,
    status: row.status,
    trackId: row.trackId,
    sessionId: row.sessionId,
    valueAmount: row.valueAmount === null ? null : row.valueAmount.toFixed(2),
    currency: row.currency,
    confidential: row.confidential,
    signedOn: row.signedOn,
    isDemo: row.isDemo,
    published: row.published,
    parties: parties.map(({ countryCode, subdivisionId, organizationId }) => ({ countryCode, subdivisionId, organizationId })),
  });
}
