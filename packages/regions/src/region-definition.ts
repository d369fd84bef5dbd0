// A region as data: a named set of countries that organizers define for a new series, in the
// same shape as the built-in regions, so a new forum's region needs no code change.
import { z } from 'zod';
import { ZSupportedLanguage } from './languages.js';
import { ZLocalizedText } from './localized-text.js';
import { isRegionCode } from './regions.js';
import { ZWorldCountryCode } from './world-countries.js';

export const REGION_KINDS = ['region', 'partner'] as const;

export type RegionKind = (typeof REGION_KINDS)[number];

/** Lower-case words joined by hyphens, as in URLs: "central-asia", "south-east-europe". */
export const ZRegionSlug = z
  .string()
  .min(2, { error: 'a region code needs at least 2 characters' })
  .max(64, { error: 'a region code has at most 64 characters' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) => `"${String(issue.input)}" is not a region code: use lower-case letters, digits and single hyphens (e.g. "south-caucasus")`,
  });

/**
 * A list without repeats; the issue points at the second occurrence. It runs even when an item
 * is invalid, so that one answer names every problem of the list.
 */
function uniqueList<T extends z.ZodType<string>>(item: T, what: string) {
  return z.array(item).superRefine(
    (list, ctx) => {
      const seen = new Set<unknown>();
      list.forEach((value, index) => {
        if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [index], message: `${what} "${String(value)}" is listed twice` });
        seen.add(value);
      });
    },
    { when: (payload) => Array.isArray(payload.value) },
  );
}

export const ZRegionDefinition = z
  .object({
    code: ZRegionSlug,
    /** 'region' is what a series is about; 'partner' is the counterpart every series shares. */
    kind: z.enum(REGION_KINDS, { error: `kind must be one of ${REGION_KINDS.join(', ')}` }),
    name: ZLocalizedText,
    /** ISO 3166-1 alpha-2 codes of any officially assigned country (see world-countries). */
    countries: uniqueList(ZWorldCountryCode, 'country')
      .min(1, { error: 'a region needs at least one country' })
      .readonly(),
    /** Languages a portal for this region offers, in menu order; each a supported UI language. */
    languages: uniqueList(ZSupportedLanguage, 'language')
      .min(1, { error: 'a region needs at least one portal language' })
      .readonly(),
  })
  .strict();

export type RegionDefinition = z.infer<typeof ZRegionDefinition>;

/**
 * A region an organizer defines: a RegionDefinition whose code is not a built-in one. The
 * database decides whether the code is free among stored regions.
 */
export const ZCustomRegion = ZRegionDefinition.refine((region) => !isRegionCode(region.code), {
  path: ['code'],
  error: (issue) => {
    const code = (issue.input as { code?: unknown } | undefined)?.code;
    return `"${String(code)}" is a built-in region; choose another code`;
  },
});
