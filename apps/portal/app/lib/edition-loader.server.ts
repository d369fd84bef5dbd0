// The start of every edition page's loader: the request's locale, the edition named in the address
// (404 before asking the api when it cannot name one), the page query, and 404 when the api knows
// no such edition.
import type { Locale } from '@caravan/i18n';
import type { Params } from '@remix-run/react';
import { editionNumberParam, seriesSlugParam } from './address.js';
import { fromApi, notFound } from './caravan.server.js';
import { editionPageTheme, type EditionFrameText } from './edition-frame.js';
import { resolveLocale } from './locale.server.js';
import type { EditionFrameFragment } from './page-data.js';
import type { PageTheme } from './page-theme.js';
import { editionDates } from './server-text.server.js';

export interface EditionAddress {
  slug: string;
  number: number;
  locale: Locale;
}

export interface LoadedEditionPage<T> {
  locale: Locale;
  page: T;
  pageTheme: PageTheme;
  frameText: EditionFrameText;
}

export async function loadEditionPage<T>(
  request: Request,
  params: Params,
  query: (address: EditionAddress) => Promise<T | null>,
  frameOf: (page: T) => EditionFrameFragment,
): Promise<LoadedEditionPage<T>> {
  const { locale } = await resolveLocale(request);
  const slug = seriesSlugParam(params['series']);
  const number = editionNumberParam(params['edition']);
  if (slug === null || number === null) notFound();
  const page = await fromApi(() => query({ slug, number, locale }));
  if (!page) notFound();
  const frame = frameOf(page);
  return { locale, page, pageTheme: editionPageTheme(frame), frameText: { dates: editionDates(frame, locale) } };
}
