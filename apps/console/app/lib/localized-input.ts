// Texts entered in several languages and scripts (one field per console language, e.g. name_en,
// name_ru, name_zh-Hans) as the api's [LocalizedTextInput!], English first; empty versions left out.
import { CONSOLE_LOCALES } from '../i18n/console-i18n.js';

export interface LocalizedTextInput {
  language: string;
  text: string;
}

/** The languages a text can be entered in, English first (the api requires it). */
export const TEXT_LANGUAGES = CONSOLE_LOCALES;

export const textField = (base: string, language: string) => `${base}_${language}`;

export function localizedInput(form: FormData, base: string): LocalizedTextInput[] {
  return TEXT_LANGUAGES.map((language) => ({ language, text: String(form.get(textField(base, language)) ?? '').trim() })).filter((entry) => entry.text !== '');
}

/** Where the api's `<base>.<index>` problems show: the index counts only the versions sent. */
export function localizedFieldMap(form: FormData, base: string, apiName = base): Record<string, string> {
  const sent = TEXT_LANGUAGES.filter((language) => String(form.get(textField(base, language)) ?? '').trim() !== '');
  const map: Record<string, string> = { [apiName]: textField(base, 'en') };
  sent.forEach((language, index) => {
    map[`${apiName}.${index}`] = textField(base, language);
    map[`${apiName}.${index}.text`] = textField(base, language);
  });
  return map;
}

/** URL slug from a title: lower-case ASCII words joined by hyphens; empty when nothing Latin remains. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}
