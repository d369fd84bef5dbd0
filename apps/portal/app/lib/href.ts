// Links that keep the visitor's explicit language choice (?lang=) from page to page.

export function localizedHref(path: string, lang: string | null): string {
  if (!lang) return path;
  const url = new URL(path, 'http://portal.invalid');
  url.searchParams.set('lang', lang);
  return `${url.pathname}${url.search}${url.hash}`;
}
