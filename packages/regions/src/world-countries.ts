// Every country of ISO 3166-1 (officially assigned codes) with names in the portals' languages,
// so organizers can bring any country into a region without a code change. Names come from CLDR
// at build time (see scripts/generate-world-countries.ts) and are never computed in the browser;
// the series' own countries add what `countries` catalogues: capital, languages, time zone.
import { z } from 'zod';
import { countries } from './countries.js';
import { CatalogueError } from './errors.js';
import { WORLD_COUNTRY_CODES, WORLD_COUNTRY_RECORDS } from './generated/world-countries.data.js';
import type { LocalizedText } from './localized-text.js';
import type { RegionCode } from './regions.js';

export { WORLD_COUNTRY_CODES, WORLD_COUNTRY_NAMES_CLDR } from './generated/world-countries.data.js';

/** ISO 3166-1 alpha-2 code of any officially assigned country or territory. */
export type WorldCountryCode = (typeof WORLD_COUNTRY_CODES)[number];

/** One row of the generated list. */
export interface WorldCountryRecord {
  code: string;
  /** ISO 3166-1 alpha-3. */
  alpha3: string;
  /** ISO 3166-1 numeric, three digits with leading zeros. */
  numeric: string;
  /** CLDR names in every language of `languages`. */
  name: LocalizedText;
  /** IANA zones in use in the country, sorted; empty for uninhabited territories. */
  timeZones: readonly string[];
  /** The country's only zone, or the only one of its zones that is its own (see the generator). */
  timeZone?: string;
}

export interface WorldCountry extends WorldCountryRecord {
  code: WorldCountryCode;
  /**
   * Default IANA zone: the catalogued capital's zone for the series' countries, else the
   * country's only zone, or the only zone of its own (Germany: Europe/Berlin, though Büsingen
   * keeps Swiss time). Absent where a country has several zones of its own (the US, Russia,
   * Australia, ...: the organizer chooses among `timeZones`) and for uninhabited territories.
   */
  timeZone?: string;
  /** Only for the countries in `countries`. */
  capital?: LocalizedText;
  languages?: readonly string[];
  region?: RegionCode;
}

const catalogued = new Map(countries.map((country) => [country.code as string, country]));

function toWorldCountry(record: WorldCountryRecord): WorldCountry {
  const code = record.code as WorldCountryCode;
  const own = catalogued.get(code);
  if (own) {
    const { capital, languages, timeZone, region, name } = own;
    return { ...record, code, name, timeZone, capital, languages, region };
  }
  return { ...record, code };
}

/** All countries, ordered by code. */
export const worldCountries: readonly WorldCountry[] = WORLD_COUNTRY_RECORDS.map(toWorldCountry);

const byCode = new Map(worldCountries.map((country) => [country.code as string, country]));

export function isWorldCountryCode(code: string): code is WorldCountryCode {
  return byCode.has(code);
}

export function getWorldCountry(code: string): WorldCountry {
  const found = byCode.get(code);
  if (!found) {
    const hint = byCode.has(code.toUpperCase()) ? `; codes are upper case: "${code.toUpperCase()}"` : '';
    throw new CatalogueError('UNKNOWN_COUNTRY', `Unknown country "${code}": not an ISO 3166-1 alpha-2 code${hint}`);
  }
  return found;
}

export const ZWorldCountryCode = z.enum(WORLD_COUNTRY_CODES, {
  error: (issue) => `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 country code (e.g. "KZ", "GE")`,
});
