// The edition form's fields as the api's CreateEditionInput, and the choices it offers: the
// platform's languages (from @caravan/regions) and IANA time zones (the runtime's own list).
import { languages } from '@caravan/regions';
import type { CreateEditionInput } from '@caravan/sdk/schema-types';
import type { ConsoleLocale } from '../i18n/console-i18n.js';
import type { Choice } from '../components/form.js';
import { localizedFieldMap, localizedInput } from './localized-input.js';

/** The languages a forum can work in, named in the console's language. */
export function languageChoices(locale: ConsoleLocale): Choice[] {
  return languages.map((language) => ({ value: language.code, label: `${language.name[locale] ?? language.name['en'] ?? language.code} (${language.endonym})` }));
}

/** Every IANA time zone the runtime knows, for a datalist beside the time-zone field. */
export function timeZoneChoices(): string[] {
  return Intl.supportedValuesOf('timeZone');
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '').trim();

/** The edition part of a form (theme, host city, dates, time zone, languages) as the api takes it. */
export function editionInput(form: FormData): CreateEditionInput {
  const number = Number.parseInt(text(form, 'number'), 10);
  const startDate = text(form, 'startDate');
  const endDate = text(form, 'endDate');
  return {
    number: Number.isInteger(number) ? number : 0,
    theme: localizedInput(form, 'theme'),
    hostCity: localizedInput(form, 'hostCity'),
    ...(startDate ? { startDate } : {}),
    ...(endDate ? { endDate } : {}),
    timeZone: text(form, 'timeZone'),
    workingLanguages: form.getAll('workingLanguages').map(String),
    published: form.get('published') === 'on',
  };
}

/** Where the api's edition problems show on the form. */
export function editionFieldMap(form: FormData, prefix = ''): Record<string, string> {
  const at = (name: string) => (prefix ? `${prefix}.${name}` : name);
  const theme = localizedFieldMap(form, 'theme', at('theme'));
  const city = localizedFieldMap(form, 'hostCity', at('hostCity'));
  return {
    ...theme,
    ...city,
    [at('number')]: 'number',
    [at('startDate')]: 'startDate',
    [at('endDate')]: 'endDate',
    [at('timeZone')]: 'timeZone',
    [at('workingLanguages')]: 'workingLanguages',
  };
}
