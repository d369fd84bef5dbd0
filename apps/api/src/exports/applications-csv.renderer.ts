// applications.csv: one row per application, in the organizers' list order, every cell through
// the one CSV writer (formula neutralising, BOM, CRLF).
import type { ApplicationsExport } from './applications-export.js';
import { renderCsv } from './csv.js';

export const APPLICATION_CSV_COLUMNS = [
  'reference',
  'status',
  'category',
  'category_kind',
  'given_name',
  'family_name',
  'email',
  'citizenship',
  'organization',
  'outlet',
  'media_role',
  'delegation_country',
  'language',
  'submitted_at',
  'decided_at',
  'decision_reason',
] as const;

const instant = (value: Date | null): string => (value === null ? '' : value.toISOString());

export function renderApplicationsCsv(model: ApplicationsExport): string {
  return renderCsv(
    APPLICATION_CSV_COLUMNS,
    model.applications.map((a) => [
      a.reference,
      a.status,
      a.category,
      a.categoryKind,
      a.givenName,
      a.familyName,
      a.email,
      a.citizenship,
      a.organization ?? '',
      a.outlet ?? '',
      a.mediaRole ?? '',
      a.delegationCountry ?? '',
      a.language,
      instant(a.submittedAt),
      instant(a.decidedAt),
      a.decisionReason ?? '',
    ]),
  );
}
