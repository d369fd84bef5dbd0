// Quota rules of accreditation as pure functions: places per media outlet and per country, and
// the size of a delegation. The api counts in the same PostgreSQL transaction that writes, so
// two officers approving at once cannot both take the last place; the rule itself lives here.
import { z } from 'zod';

function assertCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number of 0 or more; got ${value}`);
}

const ZQuota = z.number().int({ error: 'a quota is a whole number' }).nonnegative({ error: 'a quota cannot be negative' });

/**
 * The key an outlet is counted by: case, width, punctuation and spacing differences are one
 * outlet ("Xinhua News Agency", "XINHUA  news agency."), so a typo of style takes no extra place.
 */
export function normalizeOutletName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    // Stryker disable next-line Regex: equivalent, runs of spaces are collapsed on the next line anyway
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Places for media: per outlet and per country (null: no limit), with exceptions for either. */
export const ZMediaQuotas = z.strictObject({
  perOutlet: ZQuota.nullable(),
  perCountry: ZQuota.nullable(),
  /** By outlet name as organizers write it; matched by normalizeOutletName. */
  outletOverrides: z.record(z.string().min(1).max(200), ZQuota).optional(),
  /** By ISO 3166-1 alpha-2 country code. */
  countryOverrides: z
    .record(z.string(), ZQuota)
    .superRefine((overrides, ctx) => {
      for (const code of Object.keys(overrides)) {
        if (!/^[A-Z]{2}$/.test(code)) {
          ctx.addIssue({ code: 'custom', path: [code], message: `"${code}" is not an ISO 3166-1 alpha-2 code; country overrides are keyed by one` });
        }
      }
    })
    .optional(),
});
export type MediaQuotas = z.infer<typeof ZMediaQuotas>;

/** Places already taken, by normalized outlet name and by country code. */
export interface MediaCounts {
  byOutlet: Readonly<Record<string, number>>;
  byCountry: Readonly<Record<string, number>>;
}

/** Who asks for a place: the outlet as written, and the country counted (the api passes the citizenship). */
export interface MediaCandidate {
  outlet: string;
  country: string;
}

export type MediaQuotaResult =
  | { status: 'ok' }
  | { status: 'over-outlet-quota'; outlet: string; limit: number; current: number }
  | { status: 'over-country-quota'; country: string; limit: number; current: number };

function outletLimit(quotas: MediaQuotas, outletKey: string): number | null {
  for (const [name, limit] of Object.entries(quotas.outletOverrides ?? {})) {
    if (normalizeOutletName(name) === outletKey) return limit;
  }
  return quotas.perOutlet;
}

/** Whether one more accreditation fits: the outlet's quota is checked first, then the country's. */
export function checkMediaQuota(existing: MediaCounts, candidate: MediaCandidate, quotas: MediaQuotas): MediaQuotaResult {
  const outlet = normalizeOutletName(candidate.outlet);
  const byOutlet = existing.byOutlet[outlet] ?? 0;
  const byCountry = existing.byCountry[candidate.country] ?? 0;
  assertCount(`the count of outlet "${outlet}"`, byOutlet);
  assertCount(`the count of country ${candidate.country}`, byCountry);
  const outletCap = outletLimit(quotas, outlet);
  if (outletCap !== null && byOutlet >= outletCap) return { status: 'over-outlet-quota', outlet, limit: outletCap, current: byOutlet };
  const countryCap = quotas.countryOverrides?.[candidate.country] ?? quotas.perCountry;
  if (countryCap !== null && byCountry >= countryCap) {
    return { status: 'over-country-quota', country: candidate.country, limit: countryCap, current: byCountry };
  }
  return { status: 'ok' };
}

export type DelegationQuotaResult =
  | { status: 'ok'; /** Places left after adding; null when the delegation has no limit. */ remaining: number | null }
  | { status: 'over-quota'; quota: number; current: number; adding: number; excess: number };

/** Whether `adding` more members fit a delegation of `current` members under `quota` (null: no limit). */
export function checkDelegationQuota(current: number, adding: number, quota: number | null): DelegationQuotaResult {
  assertCount('current', current);
  assertCount('adding', adding);
  if (quota === null) return { status: 'ok', remaining: null };
  assertCount('quota', quota);
  const remaining = quota - current - adding;
  return remaining < 0 ? { status: 'over-quota', quota, current, adding, excess: -remaining } : { status: 'ok', remaining };
}
