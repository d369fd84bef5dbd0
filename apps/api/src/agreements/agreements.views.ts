// Agreements, their parties and milestones as GraphQL serves them: texts resolved to the
// request's language, dates as calendar dates and the value withheld when confidential, while the
// row is mapped. Queries and organizer mutations share these mappers.
import { calendarDate, optionalTextColumn, textColumn } from '@caravan/db/read-models';
import type { AgreementPartyKind, AgreementStatus, AgreementType } from '../common/graphql/enums.js';
import { localize, localizeOptional, type ResolvedText } from '../common/localized/localize.js';
import type { AgreementMilestoneRow, AgreementPartyRow, AgreementRow } from './agreements.repository.js';

export interface MoneyView {
  amount: string;
  currency: string;
}

export interface AgreementView {
  id: string;
  /** Edit version; update mutations take it as expectedVersion. */
  version: number;
  editionId: string;
  slug: string;
  type: AgreementType;
  status: AgreementStatus;
  confidential: boolean;
  isDemo: boolean;
  title: ResolvedText;
  summary: ResolvedText | null;
  /** Null when confidential or not reported. */
  value: MoneyView | null;
  signedOn: string | null;
  sessionId: string | null;
  trackId: string | null;
}

export interface AgreementPartyView {
  id: string;
  agreementId: string;
  kind: AgreementPartyKind;
  countryCode: string | null;
  subdivisionId: string | null;
  organizationId: string | null;
}

export interface AgreementMilestoneView {
  id: string;
  agreementId: string;
  editionId: string | null;
  status: AgreementStatus;
  date: string;
  note: ResolvedText | null;
}

export function toAgreementView(row: AgreementRow, lang: string): AgreementView {
  return {
    id: row.id,
    version: row.version,
    editionId: row.editionId,
    slug: row.slug,
    type: row.type,
    status: row.status,
    confidential: row.confidential,
    isDemo: row.isDemo,
    title: localize(textColumn(row.title, `Agreement ${row.slug} title`), lang),
    summary: localizeOptional(optionalTextColumn(row.summary, `Agreement ${row.slug} summary`), lang),
    value: row.confidential || row.valueAmount === null || row.currency === null ? null : { amount: row.valueAmount.toFixed(2), currency: row.currency },
    signedOn: calendarDate(row.signedOn),
    sessionId: row.sessionId,
    trackId: row.trackId,
  };
}

/** The party's kind from the one reference it carries. */
function partyKind(party: AgreementPartyRow): AgreementPartyKind {
  if (party.organizationId !== null) return 'ORGANIZATION';
  if (party.subdivisionId !== null) return 'SUBNATIONAL_UNIT';
  return 'COUNTRY';
}

export function toAgreementPartyView(row: AgreementPartyRow): AgreementPartyView {
  return { id: row.id, agreementId: row.agreementId, kind: partyKind(row), countryCode: row.countryCode, subdivisionId: row.subdivisionId, organizationId: row.organizationId };
}

export function toAgreementMilestoneView(row: AgreementMilestoneRow, lang: string): AgreementMilestoneView {
  return {
    id: row.id,
    agreementId: row.agreementId,
    editionId: row.editionId,
    status: row.status,
    date: calendarDate(row.date),
    note: localizeOptional(optionalTextColumn(row.note, `Milestone ${row.id} note`), lang),
  };
}
