// Builds the committed world country list (src/generated/world-countries.data.ts): the officially
// assigned ISO 3166-1 codes from the world-countries data set, IANA zones per country from
// countries-and-timezones, and every name from CLDR through this Node's Intl (full ICU). Names are
// produced here, once, because browsers' Intl lacks most of the portals' regional languages.
import { getCountry as zonesOfCountry, getTimezone } from 'countries-and-timezones';
import worldCountriesModule, { type Country as DataSetCountry } from 'world-countries';
import { languages } from '../src/languages.js';
import type { WorldCountryRecord } from '../src/world-countries.js';

// The package's types declare an ES default export, but it is a CommonJS module whose exports are
// the array itself, and that is what Node (and Jest) hand to a default import.
const worldCountries = worldCountriesModule as unknown as readonly DataSetCountry[];

/** ISO 3166-1 alpha-2 codes the data set marks as officially assigned (it also lists XK). */
export function officiallyAssignedCodes(): string[] {
  return worldCountries.filter((country) => country.status === 'officially-assigned').map((country) => country.cca2);
}

export const GENERATED_FILE = 'src/generated/world-countries.data.ts';

/** The CLDR release that names come from; the drift test compares only under the same release. */
export function runtimeCldrVersion(): string {
  const cldr = process.versions.cldr;
  if (!cldr) throw new Error('This Node has no ICU data (process.versions.cldr is empty); use a full-ICU build.');
  return cldr;
}

function regionNamer(language: string): (code: string) => string {
  const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
  const resolved = names.resolvedOptions().locale;
  if (resolved !== language) {
    throw new Error(`ICU has no region names for "${language}" (it answered in "${resolved}"); use a full-ICU Node build.`);
  }
  return (code) => {
    const name = names.of(code);
    if (!name) throw new Error(`CLDR ${runtimeCldrVersion()} has no "${language}" name for ${code}.`);
    return name;
  };
}

/**
 * The zone a country defaults to: its only zone, or else the only one of its zones that the tz
 * database lists it first for (Germany uses Europe/Berlin and, in Büsingen, Switzerland's
 * Europe/Zurich). None where a country has several zones of its own, as the US or Russia do.
 */
function defaultTimeZone(code: string, zones: readonly string[]): string | undefined {
  if (zones.length === 1) return zones[0];
  const own = zones.filter((zone) => getTimezone(zone)?.countries[0] === code);
  return own.length === 1 ? own[0] : undefined;
}

function timeZonesOf(code: string): Pick<WorldCountryRecord, 'timeZones' | 'timeZone'> {
  const timeZones = [...(zonesOfCountry(code)?.timezones ?? [])].sort();
  const timeZone = defaultTimeZone(code, timeZones);
  return timeZone === undefined ? { timeZones } : { timeZones, timeZone };
}

export function buildWorldCountryRecords(): WorldCountryRecord[] {
  const namers = languages.map((language) => [language.code, regionNamer(language.code)] as const);
  return worldCountries
    .filter((country) => country.status === 'officially-assigned')
    .map((country) => ({
      code: country.cca2,
      alpha3: country.cca3,
      numeric: country.ccn3,
      name: Object.fromEntries(namers.map(([language, nameOf]) => [language, nameOf(country.cca2)])),
      ...timeZonesOf(country.cca2),
    }))
    .sort((a, b) => a.code.localeCompare(b.code, 'en'));
}

/** Differences between two record lists, one line each, so a failing drift test says what moved. */
export function describeDrift(expected: readonly WorldCountryRecord[], actual: readonly WorldCountryRecord[]): string[] {
  const actualByCode = new Map(actual.map((record) => [record.code, record]));
  const expectedCodes = new Set(expected.map((record) => record.code));
  const lines: string[] = [];
  for (const want of expected) {
    const have = actualByCode.get(want.code);
    if (!have) {
      lines.push(`${want.code}: missing`);
      continue;
    }
    for (const field of ['alpha3', 'numeric'] as const) {
      if (have[field] !== want[field]) lines.push(`${want.code}: ${field} is ${have[field]}, expected ${want[field]}`);
    }
    for (const [language, name] of Object.entries(want.name)) {
      if (have.name[language] !== name) lines.push(`${want.code}: name.${language} is ${JSON.stringify(have.name[language])}, expected ${JSON.stringify(name)}`);
    }
    if (have.timeZones.join(' ') !== want.timeZones.join(' ')) {
      lines.push(`${want.code}: timeZones are [${have.timeZones.join(', ')}], expected [${want.timeZones.join(', ')}]`);
    }
    if (have.timeZone !== want.timeZone) lines.push(`${want.code}: timeZone is ${have.timeZone}, expected ${want.timeZone}`);
  }
  for (const record of actual) if (!expectedCodes.has(record.code)) lines.push(`${record.code}: not an officially assigned code`);
  return lines;
}

export function renderWorldCountriesModule(records: readonly WorldCountryRecord[], cldr: string): string {
  const codes = records.map((record) => `'${record.code}'`);
  const rows = records.map((record) => `  ${JSON.stringify(record)},`);
  return [
    '// Generated by scripts/generate-world-countries.ts; do not edit. Regenerate with',
    '// `pnpm --filter @caravan/regions generate:countries` (Node with full ICU).',
    '// Codes: world-countries (officially assigned ISO 3166-1). Zones: countries-and-timezones.',
    `// Names: CLDR ${cldr} through Intl.DisplayNames.`,
    "import type { WorldCountryRecord } from '../world-countries.js';",
    '',
    `export const WORLD_COUNTRY_NAMES_CLDR = '${cldr}';`,
    '',
    `export const WORLD_COUNTRY_CODES = [${codes.join(', ')}] as const;`,
    '',
    'export const WORLD_COUNTRY_RECORDS: readonly WorldCountryRecord[] = [',
    ...rows,
    '];',
    '',
  ].join('\n');
}
