// What every registration page of an edition loads first: the request's language, the edition
// (for its title, breadcrumb and theme) and its registration, or a 404 when the address names no
// edition or the edition takes no registrations.
import { worldCountries } from '@caravan/regions/world-countries';
import { pickText } from '@caravan/regions/localized-text';
import { languages } from '@caravan/regions/languages';
import type { Locale } from '@caravan/i18n';
import type { Params } from '@remix-run/react';
import { editionNumberParam, seriesSlugParam } from '../address.js';
import { fromApi, notFound, pages } from '../caravan.server.js';
import { intlLocale } from '../format.js';
import { resolveLocale } from '../locale.server.js';
import type { EditionPage } from '../page-data.js';
import { regionLocales, type PageTheme } from '../page-theme.js';
import type { NamedOption } from '../../components/registration-form.js';
import { loadRegistration } from './registration.server.js';
import type { RegistrationView } from './registration-view.js';

export interface EditionSummary {
  number: number;
  seriesSlug: string;
  seriesName: EditionPage['series']['name'];
}

export interface EditionContext {
  locale: Locale;
  langParam: Locale | null;
  edition: EditionSummary;
  registration: RegistrationView;
  pageTheme: PageTheme;
}

/** The context of the edition the route's :series and :edition name. */
export async function loadEditionContext(request: Request, params: Params): Promise<EditionContext> {
  const slug = seriesSlugParam(params['series']);
  const number = editionNumberParam(params['edition']);
  if (slug === null || number === null) notFound();
  return editionContext(request, slug, number);
}

/** The context of edition `number` of series `slug`. */
export async function editionContext(request: Request, slug: string, number: number): Promise<EditionContext> {
  const { locale, langParam } = await resolveLocale(request);
  const [edition, registration] = await fromApi(() => Promise.all([pages.edition(slug, number, locale), loadRegistration(slug, number, locale)]));
  if (!edition || !registration) notFound();
  return {
    locale,
    langParam,
    edition: { number: edition.number, seriesSlug: edition.series.slug, seriesName: edition.series.name },
    registration,
    pageTheme: { themeKey: edition.series.themeKey, regionLocales: regionLocales(edition.series.countries) },
  };
}

/** Every country with its name in the page's language, in that language's alphabetical order. */
export function countryOptions(locale: Locale): NamedOption[] {
  const collator = new Intl.Collator(intlLocale(locale));
  return worldCountries
    .map((country) => ({ code: country.code, name: pickText(country.name, locale)?.text ?? country.code }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The catalogue's languages named in the page's language (Node's ICU, on the server only). */
export function languageOptions(locale: Locale): NamedOption[] {
  const names = new Intl.DisplayNames([intlLocale(locale)], { type: 'language', fallback: 'code' });
  const collator = new Intl.Collator(intlLocale(locale));
  return languages.map((language) => ({ code: language.code, name: names.of(language.code) ?? language.code })).sort((a, b) => collator.compare(a.name, b.name));
}
