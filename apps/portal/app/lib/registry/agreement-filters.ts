// The agreements registry's filters as they stand in the address (?type=sister-city&status=signed
// &country=uz&track=sister-cities&edition=11): read strictly, so that a value the series does not
// have is an address that does not exist (404), and written back for links that keep them.
import type { AgreementFilter, AgreementStatus, AgreementType } from '../../generated/graphql.js';

/** The api's agreement types and statuses (a spec holds them to @caravan/forums). */
export const AGREEMENT_TYPES = ['INTERGOVERNMENTAL', 'SISTER_CITY', 'INVESTMENT', 'TRADE', 'MEMORANDUM', 'CULTURAL'] as const satisfies readonly AgreementType[];
export const AGREEMENT_STATUSES = ['PROPOSED', 'SIGNED', 'IN_IMPLEMENTATION', 'COMPLETED', 'LAPSED'] as const satisfies readonly AgreementStatus[];

/** The filter names in the address, in the order the form shows them. */
export const FILTER_PARAMS = ['type', 'status', 'country', 'track', 'edition'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

/** What the visitor chose, one value per filter (null: all). */
export type SelectedFilters = Record<FilterParam, string | null>;

/** What the series offers to filter by. */
export interface FilterChoices {
  countries: readonly string[];
  tracks: readonly string[];
  editions: readonly number[];
}

/** `SISTER_CITY` ↔ `sister-city`: enum values as they read in an address. */
export const enumParam = (value: string): string => value.toLowerCase().replace(/_/g, '-');

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const COUNTRY = /^[a-z]{2}$/;
const EDITION = /^[1-9][0-9]{0,8}$/;

function fromParam<T extends string>(values: readonly T[], param: string): T | undefined {
  return values.find((value) => enumParam(value) === param);
}

/**
 * The filters of an address, or null when one of them cannot be a value of its kind (an unknown
 * type or status, a malformed country, track or edition) or is given twice. Empty values mean
 * "all", as an unchanged select of the form sends them.
 */
export function readFilters(params: URLSearchParams): SelectedFilters | null {
  const selected: SelectedFilters = { type: null, status: null, country: null, track: null, edition: null };
  for (const name of FILTER_PARAMS) {
    const values = params.getAll(name).filter((value) => value !== '');
    if (values.length > 1) return null;
    const value = values[0];
    if (value === undefined) continue;
    const valid =
      name === 'type'
        ? fromParam(AGREEMENT_TYPES, value) !== undefined
        : name === 'status'
          ? fromParam(AGREEMENT_STATUSES, value) !== undefined
          : name === 'country'
            ? COUNTRY.test(value)
            : name === 'track'
              ? value.length <= 100 && SLUG.test(value)
              : EDITION.test(value);
    if (!valid) return null;
    selected[name] = value;
  }
  return selected;
}

/** The api's filter for well-formed selected filters. */
export function toAgreementFilter(selected: SelectedFilters): AgreementFilter {
  const type = selected.type === null ? undefined : fromParam(AGREEMENT_TYPES, selected.type);
  const status = selected.status === null ? undefined : fromParam(AGREEMENT_STATUSES, selected.status);
  return {
    types: type ? [type] : null,
    statuses: status ? [status] : null,
    country: selected.country === null ? null : selected.country.toUpperCase(),
    track: selected.track,
    editions: selected.edition === null ? null : [Number(selected.edition)],
  };
}

/** Whether every chosen country, track and edition is one the series has. */
export function withinChoices(selected: SelectedFilters, choices: FilterChoices): boolean {
  if (selected.country !== null && !choices.countries.some((code) => code.toLowerCase() === selected.country)) return false;
  if (selected.track !== null && !choices.tracks.includes(selected.track)) return false;
  if (selected.edition !== null && !choices.editions.includes(Number(selected.edition))) return false;
  return true;
}

/** The query string of the chosen filters (no empty ones), plus extra parameters such as lang or after. */
export function filtersQuery(selected: SelectedFilters, extra: Record<string, string | null> = {}): string {
  const params = new URLSearchParams();
  for (const name of FILTER_PARAMS) {
    const value = selected[name];
    if (value !== null) params.set(name, value);
  }
  for (const [name, value] of Object.entries(extra)) if (value !== null) params.set(name, value);
  const query = params.toString();
  return query ? `?${query}` : '';
}
