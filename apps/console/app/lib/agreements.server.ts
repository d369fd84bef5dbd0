// Agreements as the registry pages show them, worded on the server.
import { AgreementRegistryDocument, type AgreementRegistryQuery, type RegistryAgreementFragment } from '../generated/graphql.js';
import type { ConsoleLocale } from '../i18n/console-i18n.js';
import { fromApi } from './api.server.js';
import type { Organizer } from './auth.server.js';
import { formatDate, formatMoney } from './format.server.js';

export function agreementRow(agreement: RegistryAgreementFragment, locale: ConsoleLocale) {
  return {
    id: agreement.id,
    slug: agreement.slug,
    title: agreement.title.text,
    summary: agreement.summary?.text ?? null,
    type: agreement.type,
    status: agreement.status,
    edition: agreement.edition?.number ?? null,
    signedOn: agreement.signedOn ? formatDate(agreement.signedOn, locale) : null,
    confidential: agreement.confidential,
    value: agreement.value ? formatMoney(agreement.value.amount, agreement.value.currency, locale) : null,
    parties: agreement.parties.map((party) => party.name.text).join(', '),
    milestones: agreement.milestones.map((milestone) => ({
      id: milestone.id,
      date: formatDate(milestone.date, locale),
      status: milestone.status,
      note: milestone.note?.text ?? null,
      edition: milestone.edition?.number ?? null,
    })),
  };
}

/** One published agreement of the series by id; the api has no such query, so its pages are read (up to 500 agreements). */
export async function findAgreement(organizer: Organizer, series: string, id: string, locale: ConsoleLocale): Promise<RegistryAgreementFragment | null> {
  let after: string | null = null;
  // Pages of 40: a page of 100 agreements with their parties costs more than the api's query limit.
  for (let page = 0; page < 12; page += 1) {
    const { agreements }: AgreementRegistryQuery = await fromApi(() => organizer.client.request(AgreementRegistryDocument, { series, lang: locale, first: 40, after, filter: null }));
    const found = agreements.edges.find((edge) => edge.node.id === id);
    if (found) return found.node;
    if (!agreements.pageInfo.hasNextPage) return null;
    after = agreements.pageInfo.endCursor;
  }
  return null;
}
