// Statements as GraphQL serves them, the summary resolved to the request's language.
import { textColumn } from '@caravan/db/read-models';
import { localize, type ResolvedText } from '../common/localized/localize.js';
import type { StatementRow } from './statements.repository.js';

export interface StatementView {
  id: string;
  /** Edit version; update mutations take it as expectedVersion. */
  version: number;
  editionId: string;
  personId: string;
  sessionId: string | null;
  summary: ResolvedText;
}

export function toStatementView(row: StatementRow, lang: string): StatementView {
  return { id: row.id, version: row.version, editionId: row.editionId, personId: row.personId, sessionId: row.sessionId, summary: localize(textColumn(row.summary, `Statement ${row.id} summary`), lang) };
}
