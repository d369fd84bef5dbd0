// The audit snapshot of an agreement: its fields with the value as a decimal string and the
// parties in order, so the trail shows exactly what an edit changed.
import type { AgreementRow } from '../../agreements/agreements.repository.js';
import type { AuditJson } from '../../audit/audit-entry.js';
import { ZAgreementInput } from '@caravan/forums';
import { auditJson, snapshotOf } from '../../common/write/audit-snapshot.js';
import type { PartyRow } from './agreement-parties.js';

const fields = snapshotOf<AgreementRow>(ZAgreementInput, ['trackId', 'sessionId']);

export function agreementSnapshot(row: AgreementRow, parties: readonly PartyRow[]): AuditJson {
  return auditJson({
    ...(fields(row) as object),
    parties: parties.map(({ countryCode, subdivisionId, organizationId }) => ({ countryCode, subdivisionId, organizationId })),
  });
}
