// What the registry and an agreement's page say about an agreement's value, and their titles.
import { createTranslator, type Locale } from '@caravan/i18n';
import type { RegistryTranslator } from '../../i18n/registry/registry-i18n.js';
import { formatMoney, type MoneyAmount } from './figures.js';

export interface AgreementValueText {
  text: string;
  /** False when the value is confidential or was not reported. */
  disclosed: boolean;
}

/**
 * The disclosed value, formatted; a confidential agreement never shows one, even should a value
 * reach the portal (the api withholds it), and one without a reported value says so.
 */
export function agreementValue(agreement: { confidential: boolean; value: MoneyAmount | null }, locale: Locale, t: RegistryTranslator): AgreementValueText {
  if (agreement.confidential) return { text: t('agreements.valueConfidential'), disclosed: false };
  if (!agreement.value) return { text: t('agreements.valueNotReported'), disclosed: false };
  return { text: formatMoney(agreement.value, locale), disclosed: true };
}

/** The document title "Page · Series · Caravan" and the description of a registry page. */
export function pageTitle(title: string, seriesName: string, locale: Locale, description?: string): { title?: string; name?: string; content?: string }[] {
  const site = createTranslator(locale)('site.name');
  return [{ title: `${title} · ${seriesName} · ${site}` }, ...(description ? [{ name: 'description', content: description }] : [])];
}
