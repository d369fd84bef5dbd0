// Chooses the request's console language (?lang= / cookie / Accept-Language, among the console's
// own languages) and remembers an explicit choice in a cookie.
import { parseAcceptLanguage, negotiateLanguage, matchLanguage } from '@caravan/regions/language-negotiation';
import { createCookie } from '@remix-run/node';
import { CONSOLE_LOCALES, DEFAULT_CONSOLE_LOCALE, consoleTranslator, type ConsoleLocale, type ConsoleTranslator } from '../i18n/console-i18n.js';

const localeCookie = createCookie('caravan_console_lang', { path: '/', sameSite: 'lax', httpOnly: true, maxAge: 60 * 60 * 24 * 365 });

export interface RequestLocale {
  locale: ConsoleLocale;
  /** Set-Cookie value when the organizer chose a language with ?lang=. */
  setCookie: string | null;
}

export async function resolveLocale(request: Request): Promise<RequestLocale> {
  const query = new URL(request.url).searchParams.get('lang');
  const stored: unknown = await localeCookie.parse(request.headers.get('cookie'));
  const cookie = typeof stored === 'string' ? stored : null;
  const locale = negotiateLanguage([query, cookie, ...parseAcceptLanguage(request.headers.get('accept-language'))], CONSOLE_LOCALES, {
    defaultLanguage: DEFAULT_CONSOLE_LOCALE,
  });
  const chosen = query ? matchLanguage(query, CONSOLE_LOCALES) : null;
  return { locale, setCookie: chosen && chosen !== cookie ? await localeCookie.serialize(chosen) : null };
}

/** The translator of the request's language, for loaders and actions that word things on the server. */
export async function requestTranslator(request: Request): Promise<ConsoleTranslator> {
  return consoleTranslator((await resolveLocale(request)).locale);
}
