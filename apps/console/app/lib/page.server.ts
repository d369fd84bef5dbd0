// What every console page does first: the signed-in organizer, the page's language, and the check
// that the organizer's roles open this place (a clear 403 page otherwise; the api still decides
// every read and write on its own).
import type { Params } from '@remix-run/react';
import type { ConsoleLocale, ConsoleTranslator } from '../i18n/console-i18n.js';
import { forbidden, notFound } from './api.server.js';
import { requireOrganizer, type Organizer } from './auth.server.js';
import { mayOpen, place } from './console-nav.js';
import { resolveLocale } from './locale.server.js';
import { consoleTranslator } from '../i18n/console-i18n.js';

export interface PageContext {
  organizer: Organizer;
  locale: ConsoleLocale;
  t: ConsoleTranslator;
  series: string;
  /** The edition of an edition page; null on series pages. */
  edition: number | null;
}

export function editionParam(params: Params): number | null {
  if (params['edition'] === undefined) return null;
  const number = Number(params['edition']);
  if (!Number.isInteger(number) || number < 1) notFound(`"${params['edition']}" is not an edition number.`);
  return number;
}

/** Opens a place of the console for this request, or answers 403 when the roles do not allow it. */
export async function openPlace(request: Request, params: Params, placeId: string): Promise<PageContext> {
  const organizer = await requireOrganizer(request);
  const { locale } = await resolveLocale(request);
  const t = consoleTranslator(locale);
  const series = params['series'] ?? '';
  const edition = editionParam(params);
  const entry = place(placeId);
  if (!mayOpen(organizer.viewer, entry, series, edition)) forbidden(t('error.forbidden.detail', { page: t(entry.label) }));
  return { organizer, locale, t, series, edition };
}
