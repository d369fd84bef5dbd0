// The launch of a forum series as one contract: the series, its region (a built-in or stored one
// by code, or a new named set of countries), partner country, languages, theme, focus tracks and
// first edition. The console's wizard, the launchForum mutation and `caravan launch <file>` all
// parse this one schema, so a file and a form are refused for the same reasons.
import { ZLanguageTag, ZLocalizedText, ZRegionSlug, ZSupportedLanguage, ZWorldCountryCode } from '@caravan/regions';
import { ZTrackSlug } from '@caravan/tracks';
import { z } from 'zod';
import { checkEditionDates, MAX_LIST_ITEMS, ZEditionInput, ZLocalDate, ZSlug } from './schemas.js';
import { ZThemeChoice } from './theme-choice.js';

function distinct<T extends z.ZodType<string>>(item: T, what: string) {
  return z
    .array(item)
    .max(MAX_LIST_ITEMS, { error: `a list holds at most ${MAX_LIST_ITEMS} items` })
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((value, index) => {
        if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [index], message: `${what} "${value}" is listed twice` });
        seen.add(value);
      });
    });
}

/**
 * The region of the series: `code` alone names a stored region (built-in or defined before);
 * with `name` and `countries` it defines a new one. Countries are any ISO 3166-1 codes; those the
 * platform has not stored yet are added from CLDR data.
 */
export const ZLaunchRegion = z
  .strictObject({
    code: ZRegionSlug,
    name: ZLocalizedText.optional(),
    countries: distinct(ZWorldCountryCode, 'country').optional(),
  })
  .superRefine((region, ctx) => {
    if (region.name !== undefined && (region.countries === undefined || region.countries.length === 0)) {
      ctx.addIssue({ code: 'custom', path: ['countries'], message: 'a new region needs at least one country' });
    }
    if (region.countries !== undefined && region.name === undefined) {
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'a new region needs a name; leave out countries to use a stored region' });
    }
  });
export type LaunchRegion = z.infer<typeof ZLaunchRegion>;

/** A focus track: a taxonomy slug alone, or a slug outside the taxonomy with its name. */
export const ZFocusTrack = z
  .strictObject({ slug: ZSlug, name: ZLocalizedText.optional() })
  .superRefine((track, ctx) => {
    const inTaxonomy = ZTrackSlug.safeParse(track.slug).success;
    if (!inTaxonomy && track.name === undefined) {
      ctx.addIssue({ code: 'custom', path: ['name'], message: `"${track.slug}" is not in the track taxonomy; a custom track needs a name` });
    }
  });
export type FocusTrack = z.infer<typeof ZFocusTrack>;

/**
 * The first edition: scheduled, so its dates are required, and hosted in any country (a launch
 * adds countries the catalogue does not hold yet).
 */
export const ZLaunchEdition = z
  .strictObject({
    ...ZEditionInput.shape,
    startDate: ZLocalDate,
    endDate: ZLocalDate,
    hostCountryCode: ZWorldCountryCode.optional(),
  })
  .superRefine(checkEditionDates);
export type LaunchEdition = z.infer<typeof ZLaunchEdition>;

export const ZLaunchSeries = z.strictObject({
  slug: ZSlug,
  name: ZLocalizedText,
  shortName: ZLocalizedText,
  description: ZLocalizedText,
  /** Visible to visitors right away; false (a draft) when left out. */
  published: z.boolean().optional(),
});

export const ZLaunchForumInput = z
  .strictObject({
    series: ZLaunchSeries,
    region: ZLaunchRegion,
    partnerCountryCode: ZWorldCountryCode.optional(),
    workingLanguages: distinct(ZLanguageTag, 'language').min(1, { error: 'workingLanguages needs at least one language' }),
    portalLanguages: distinct(ZSupportedLanguage, 'language').min(1, { error: 'portalLanguages needs at least one language' }),
    theme: ZThemeChoice,
    focusTracks: z
      .array(ZFocusTrack)
      .max(MAX_LIST_ITEMS, { error: `a list holds at most ${MAX_LIST_ITEMS} items` })
      .superRefine((tracks, ctx) => {
        const seen = new Set<string>();
        tracks.forEach((track, index) => {
          if (seen.has(track.slug)) ctx.addIssue({ code: 'custom', path: [index, 'slug'], message: `track "${track.slug}" is listed twice` });
          seen.add(track.slug);
        });
      }),
    edition: ZLaunchEdition,
  })
  .superRefine((launch, ctx) => {
    const partner = launch.partnerCountryCode;
    if (partner && launch.region.countries?.includes(partner)) {
      ctx.addIssue({ code: 'custom', path: ['partnerCountryCode'], message: `${partner} is a member of region ${launch.region.code}; a partner comes from outside it` });
    }
  });
export type LaunchForumInput = z.infer<typeof ZLaunchForumInput>;

/** Taxonomy slugs and custom tracks apart, as a series stores them. */
export function splitFocusTracks(tracks: readonly FocusTrack[]): { taxonomySlugs: string[]; custom: { slug: string; name: Record<string, string> }[] } {
  const taxonomySlugs: string[] = [];
  const custom: { slug: string; name: Record<string, string> }[] = [];
  for (const track of tracks) {
    if (track.name === undefined) taxonomySlugs.push(track.slug);
    else custom.push({ slug: track.slug, name: track.name });
  }
  return { taxonomySlugs, custom };
}

/** Largest draft a wizard may save, as JSON text. */
export const MAX_LAUNCH_DRAFT_BYTES = 256 * 1024;

/** A half-finished launch: the wizard's step and whatever it holds so far (checked only at launch). */
export const ZLaunchDraft = z.strictObject({
  step: z.number().int({ error: 'step must be a whole number' }).min(1, { error: 'step must be 1 or more' }).max(20, { error: 'step must be at most 20' }),
  data: z
    .record(z.string(), z.unknown(), { error: 'data must be a JSON object' })
    .refine((data) => JSON.stringify(data).length <= MAX_LAUNCH_DRAFT_BYTES, { error: `a draft holds at most ${MAX_LAUNCH_DRAFT_BYTES} characters of JSON` }),
});

/** A new edition copied from an earlier one, everything dated shifted by the days between the start dates. */
export const ZCloneEditionInput = z
  .strictObject({
    number: ZEditionInput.shape.number,
    startDate: ZLocalDate,
    /** Defaults to the source's length from the new start date. */
    endDate: ZLocalDate.optional(),
    /** The new edition's motto; the source's when left out. */
    theme: ZLocalizedText.optional(),
    hostCity: ZLocalizedText.optional(),
    /** Copy the sessions too (times shifted, no speakers, unpublished). */
    withSessions: z.boolean().optional(),
  })
  .refine((clone) => clone.endDate === undefined || clone.endDate >= clone.startDate, {
    path: ['endDate'],
    error: (issue) => {
      const clone = issue.input as { startDate?: string; endDate?: string };
      return `endDate ${clone.endDate} is before startDate ${clone.startDate}`;
    },
  });
export type CloneEditionInput = z.infer<typeof ZCloneEditionInput>;
