// Decides, from a verified code alone plus the caller's listing of the badge, whether it
// opens this zone today. Pure: the caller brings its own data and adds its own refusals
// (already checked in, participant not approved) to the same discriminated union.
import { dayNumber } from './calendar-day.js';
import { MAX_ZONE } from './claim-masks.js';
import { CredentialInputError } from './credential-input.error.js';
import type { CredentialClaims } from './credential.types.js';

/** What the caller's revocation list says of one badge number. */
export interface BadgeListing {
  /** The serial of the badge's newest code; codes with a lower serial were superseded. */
  readonly currentSerial: number;
  /** The badge was withdrawn altogether: no code of it admits. */
  readonly withdrawn?: boolean;
}

export interface AdmissionQuery {
  readonly claims: CredentialClaims;
  /** The zone number of the check-in point. */
  readonly zone: number;
  /** Today at the venue, YYYY-MM-DD. */
  readonly day: string;
  /**
   * The list's entry for claims.badgeNumber; undefined when the list does not name the badge
   * (issued after the device last synced): its signature is then the whole proof.
   */
  readonly listing: BadgeListing | undefined;
}

export type AdmissionDecision =
  | { readonly admitted: true; readonly outcome: 'admitted' }
  | { readonly admitted: false; readonly outcome: 'revoked'; readonly reason: 'withdrawn' | 'superseded'; readonly currentSerial: number }
  | { readonly admitted: false; readonly outcome: 'not-valid-for-day'; readonly day: string; readonly days: readonly string[] }
  | { readonly admitted: false; readonly outcome: 'not-valid-for-zone'; readonly zone: number; readonly zones: readonly number[] };

export type AdmissionOutcome = AdmissionDecision['outcome'];

/**
 * The caller's decision type with its own refusals joined in, e.g.
 * `CheckInDecision<{ admitted: false; outcome: 'already-checked-in'; at: Date }>`.
 */
export type CheckInDecision<Extra extends { readonly admitted: false; readonly outcome: string }> = AdmissionDecision | Extra;

/** Revocation first, then the day, then the zone: the first refusal that applies is returned. */
export function checkAdmission(query: AdmissionQuery): AdmissionDecision {
  const { claims, zone, day, listing } = query;
  if (!Number.isInteger(zone) || zone < 0 || zone > MAX_ZONE) {
    throw new CredentialInputError('zone', `must be a zone number from 0 to ${MAX_ZONE}`);
  }
  if (dayNumber(day) === undefined) throw new CredentialInputError('day', 'must be a real date written YYYY-MM-DD');
  if (listing) {
    if (!Number.isInteger(listing.currentSerial) || listing.currentSerial < 0) {
      throw new CredentialInputError('listing.currentSerial', 'must be a whole number of 0 or more');
    }
    if (listing.withdrawn) {
      return { admitted: false, outcome: 'revoked', reason: 'withdrawn', currentSerial: listing.currentSerial };
    }
    if (claims.serial < listing.currentSerial) {
      return { admitted: false, outcome: 'revoked', reason: 'superseded', currentSerial: listing.currentSerial };
    }
  }
  if (!claims.days.includes(day)) return { admitted: false, outcome: 'not-valid-for-day', day, days: claims.days };
  if (!claims.zones.includes(zone)) return { admitted: false, outcome: 'not-valid-for-zone', zone, zones: claims.zones };
  return { admitted: true, outcome: 'admitted' };
}
