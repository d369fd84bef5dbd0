// The lang and dir attributes of the document and of any text in another language than the
// page's, so that screen readers pronounce it and a right-to-left text is laid out as such.
import { textDirection, type TextDirection } from '@caravan/regions/languages';

export interface LanguageAttributes {
  lang: string;
  dir: TextDirection;
}

/** The attributes of an element whose content is in `language`: `<html>`, a language link. */
export function languageAttributes(language: string): LanguageAttributes {
  return { lang: language, dir: textDirection(language) };
}

/** The attributes of a text in `language` on a page in `pageLanguage`; none when they are the same. */
export function foreignTextAttributes(language: string, pageLanguage: string): LanguageAttributes | undefined {
  return language === pageLanguage ? undefined : languageAttributes(language);
}
