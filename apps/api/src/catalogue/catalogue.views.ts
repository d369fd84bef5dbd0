// Countries turned into the read model GraphQL serves, name and capital resolved once to the
// request's language so that they are plain properties (see programme/programme.mappers.ts).
import type { CountryRow } from '../common/db-rows.js';
import { localize, type ResolvedText } from '../common/localized/localize.js';

/** A country as GraphQL serves it; still a CountryRow for modules that pass countries on. */
export type CountryView = Omit<CountryRow, 'name' | 'capital'> & { name: ResolvedText; capital: ResolvedText };

export function toCountryModel(row: CountryRow, lang: string): CountryView {
  return { ...row, name: localize(row.name, lang), capital: localize(row.capital, lang) };
}
