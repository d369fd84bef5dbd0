// Which two-letter codes name a country for citizenship and nationality. Participants come from
// well beyond the catalogue of @caravan/regions (which holds the series' member countries), so
// the check is against the whole ISO 3166-1 list as i18n-iso-countries keeps it.
// The core module is imported on its own: the package's main entry loads every language's names.
import { getAlpha2Codes } from 'i18n-iso-countries/index.js';

const isoAlpha2 = new Set(Object.keys(getAlpha2Codes()));

/** True for an ISO 3166-1 alpha-2 code in capitals (e.g. "KZ"), and "XK" (Kosovo, used on passports). */
export function isIsoCountryCode(code: string): boolean {
  return isoAlpha2.has(code);
}
