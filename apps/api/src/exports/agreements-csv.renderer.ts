// agreements.csv: one row per agreement, RFC 4180 via csv-stringify, with a UTF-8 byte order
// mark so that Excel opens Chinese and Cyrillic names correctly.
import { stringify } from 'csv-stringify/sync';
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
  return stringify(
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
    { bom: true, header: true, columns: [...AGREEMENT_COLUMNS], record_delimiter: 'windows' },
  );
}
