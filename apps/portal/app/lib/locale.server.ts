// Chooses the request's UI locale (?lang= / cookie / Accept-Language) and remembers an explicit choice.
import { matchLocale, negotiateLocale, type Locale } from '@caravan/i18n';
import { createCookie } from '@remix-run/node';

const localeCookie = createCookie('caravan_lang', { path: '/', sameSite: 'lax', httpOnly: true, maxAge: 60 * 60 * 24 * 365 });

export interface RequestLocale {
  locale: Locale;
  /** The locale named in ?lang=, kept in links so a shared URL shows the same language. */
  langParam: Locale | null;
  /** Set-Cookie value when the visitor chose a language explicitly. */
  setCookie: string | null;
}

export async function resolveLocale(request: Request): Promise<RequestLocale> {
  const url = new URL(request.url);
  const query = url.searchParams.get('lang');
  const cookieValue: unknown = await localeCookie.parse(request.headers.get('cookie'));
  const cookie = typeof cookieValue === 'string' ? cookieValue : null;
  const locale = negotiateLocale({ query, cookie, acceptLanguage: request.headers.get('accept-language') });
  const langParam = query ? matchLocale(query) : null;
  const setCookie = langParam && cookie !== langParam ? await localeCookie.serialize(langParam) : null;
  return { locale, langParam, setCookie };
}
