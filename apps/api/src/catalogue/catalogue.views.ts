// Regions, countries and subnational units as GraphQL serves them: every text resolved once to
// the request's language while the row is mapped, so each field of the type is a plain property.
import { textColumn } from '@caravan/db/read-models';
import type { CountryRow, RegionRow, SubnationalUnitRow } from '../common/db-rows.js';
import { localize, type ResolvedText } from '../common/localized/localize.js';

export interface RegionView {
  code: string;
  kind: string;
  name: ResolvedText;
}

export interface CountryView {
  code: string;
  languages: string[];
  timeZone: string;
  regionCode: string;
  name: ResolvedText;
  capital: ResolvedText;
}

export interface SubnationalUnitView {
  id: string;
  isoCode: string | null;
  kind: string;
  countryCode: string;
  name: ResolvedText;
}

export function toRegionView(row: RegionRow, lang: string): RegionView {
  return { code: row.code, kind: row.kind, name: localize(textColumn(row.name, `Region ${row.code} name`), lang) };
}

export function toCountryView(row: CountryRow, lang: string): CountryView {
  return {
    code: row.code,
    languages: row.languages,
    timeZone: row.timeZone,
    regionCode: row.regionCode,
    name: localize(textColumn(row.name, `Country ${row.code} name`), lang),
    capital: localize(textColumn(row.capital, `Country ${row.code} capital`), lang),
  };
}

export function toSubnationalUnitView(row: SubnationalUnitRow, lang: string): SubnationalUnitView {
  return { id: row.id, isoCode: row.isoCode, kind: row.kind, countryCode: row.countryCode, name: localize(textColumn(row.name, `Unit ${row.id} name`), lang) };
}
