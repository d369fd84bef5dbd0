// Chooses the request's UI locale (?lang= / cookie / Accept-Language) and remembers an explicit
// choice in a cookie, sent only over HTTPS where the portal is configured so (production).
import { matchLocale, negotiateLocale, type Locale } from '@caravan/i18n';
import { createCookie, type Cookie } from '@remix-run/node';
import { config } from './config.server.js';

export function localeCookieOf(secure: boolean): Cookie {
  return createCookie('caravan_lang', { path: '/', sameSite: 'lax', httpOnly: true, secure, maxAge: 60 * 60 * 24 * 365 });
}

const defaultCookie = localeCookieOf(config.secureCookies);

export interface RequestLocale {
  locale: Locale;
  /** The locale named in ?lang=, kept in links so a shared URL shows the same language. */
  langParam: Locale | null;
  /** Set-Cookie value when the visitor chose a language explicitly. */
  setCookie: string | null;
}

export async function resolveLocale(request: Request, localeCookie: Cookie = defaultCookie): Promise<RequestLocale> {
  const url = new URL(request.url);
  const query = url.searchParams.get('lang');
  const cookieValue: unknown = await localeCookie.parse(request.headers.get('cookie'));
  const cookie = typeof cookieValue === 'string' ? cookieValue : null;
  const locale = negotiateLocale({ query, cookie, acceptLanguage: request.headers.get('accept-language') });
  const langParam = query ? matchLocale(query) : null;
  const setCookie = langParam && cookie !== langParam ? await localeCookie.serialize(langParam) : null;
  return { locale, langParam, setCookie };
}
