// The route parameters that name a series and an edition, matched strictly before anything asks
// the api: a lower-case slug and an edition number without leading zeros, as the api writes
// them. Anything else is an address that does not exist (404), never an api error (502): the api
// refuses a malformed slug or a number beyond its Int range as bad input.
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** 1 to 999999999: fits the api's 32-bit Int. */
const EDITION_NUMBER = /^[1-9][0-9]{0,8}$/;
const MAX_SLUG_LENGTH = 100;

/** The series slug of a route, or null when it cannot name a series. */
export function seriesSlugParam(value: string | undefined): string | null {
  return value !== undefined && value.length <= MAX_SLUG_LENGTH && SLUG.test(value) ? value : null;
}

/** The edition number of a route, or null when it is not a canonical edition number. */
export function editionNumberParam(value: string | undefined): number | null {
  return value !== undefined && EDITION_NUMBER.test(value) ? Number(value) : null;
}

/** A record's slug in a route (session, person): the same shape as a series slug. */
export function recordSlugParam(value: string | undefined): string | null {
  return seriesSlugParam(value);
}
