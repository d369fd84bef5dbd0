// The <head> of a page: its title and description, its canonical URL (with its language, so each
// language version is its own page), the hreflang alternates of every UI language plus x-default
// (the address without ?lang=, which follows the visitor's cookie or browser), and Open Graph.
import { SUPPORTED_LOCALES, type Locale } from '@caravan/i18n';
import type { MetaDescriptor } from '@remix-run/node';
import { localizedHref } from './href.js';

/** Where the page is: origin, path and query without ?lang=. */
export interface PageAddress {
  origin: string;
  path: string;
}

export function pageAddress(request: Request): PageAddress {
  const url = new URL(request.url);
  url.searchParams.delete('lang');
  return { origin: url.origin, path: `${url.pathname}${url.search}` };
}

export interface PageMetaInput {
  title: string;
  description: string;
  siteName: string;
  locale: Locale;
  address: PageAddress | undefined;
  /** The page's Open Graph image: a path on the portal (made absolute here) with its size and text. */
  image?: { path: string; width: number; height: number; alt: string };
}

export function pageMeta({ title, description, siteName, locale, address, image }: PageMetaInput): MetaDescriptor[] {
  const fullTitle = `${title} · ${siteName}`;
  const tags: MetaDescriptor[] = [
    { title: fullTitle },
    { name: 'description', content: description },
    { property: 'og:title', content: title },
    { property: 'og:description', content: description },
    { property: 'og:site_name', content: siteName },
    { property: 'og:type', content: 'website' },
  ];
  if (!address) return tags;
  const url = (lang: string | null) => `${address.origin}${localizedHref(address.path, lang)}`;
  tags.push(
    { tagName: 'link', rel: 'canonical', href: url(locale) },
    { property: 'og:url', content: url(locale) },
    ...SUPPORTED_LOCALES.map((code): MetaDescriptor => ({ tagName: 'link', rel: 'alternate', hrefLang: code, href: url(code) })),
    { tagName: 'link', rel: 'alternate', hrefLang: 'x-default', href: url(null) },
  );
  if (image) {
    tags.push(
      { property: 'og:image', content: `${address.origin}${localizedHref(image.path, locale)}` },
      { property: 'og:image:type', content: 'image/png' },
      { property: 'og:image:width', content: String(image.width) },
      { property: 'og:image:height', content: String(image.height) },
      { property: 'og:image:alt', content: image.alt },
      { name: 'twitter:card', content: 'summary_large_image' },
    );
  }
  return tags;
}

/** The root loader's address of the page, from a meta function's matches. */
export function rootAddress(matches: ReadonlyArray<{ id: string; data: unknown }>): PageAddress | undefined {
  const root = matches.find((match) => match.id === 'root')?.data as { address?: PageAddress } | undefined;
  return root?.address;
}
