// agreements.csv: one row per agreement, written by the shared CSV writer (csv.ts), which
// also keeps spreadsheets from running any cell as a formula.
import { renderCsv } from './csv.js';
import type { AgreementsExport } from './export.models.js';

export const AGREEMENT_COLUMNS = [
  'slug',
  'title',
  'type',
  'status',
  'parties',
  'track',
  'signed_on',
  'value',
  'currency',
  'confidential',
  'session',
] as const;

export function renderAgreementsCsv(model: AgreementsExport): string {
  return renderCsv(
    AGREEMENT_COLUMNS,
    model.agreements.map((a) => [
      a.slug,
      a.title,
      a.type,
      a.status,
      a.parties.join('; '),
      a.track ?? '',
      a.signedOn ?? '',
      a.value ?? '',
      a.currency ?? '',
      a.confidential ? 'true' : 'false',
      a.session ?? '',
    ]),
  );
}
