// One zod schema per contract, shared by GraphQL inputs, Remix actions, job payloads and the seed.
import {
  ZCountryCode,
  ZLanguageTag,
  ZLocalizedText,
  ZRegionCode,
  ZTimeZone,
  getRegion,
} from '@caravan/regions';
import { getTrack, ZTrackSlug } from '@caravan/tracks';
import { z } from 'zod';
import { AGREEMENT_STATUSES } from './agreement-lifecycle.js';
import { EDITION_STATUSES } from './edition-lifecycle.js';
import { ZThemeChoice } from './theme-choice.js';

export const SESSION_KINDS = [
  'PLENARY',
  'SUB_FORUM',
  'PANEL',
  'SIGNING_CEREMONY',
  'BILATERAL_MEETING',
  'CULTURAL_EVENT',
  'CEREMONY',
  'BREAK',
] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const ORGANIZATION_KINDS = [
  'GOVERNMENT_BODY',
  'LEGISLATURE',
  'DIPLOMATIC_MISSION',
  'BUSINESS_ASSOCIATION',
  'UNIVERSITY',
  'ENTERPRISE',
  'INTERNATIONAL_BODY',
  'OTHER',
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const AGREEMENT_TYPES = ['INTERGOVERNMENTAL', 'SISTER_CITY', 'INVESTMENT', 'TRADE', 'MEMORANDUM', 'CULTURAL'] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

const oneOf = (values: readonly string[]) => (issue: { input?: unknown }) =>
  `"${String(issue.input)}" is not one of ${values.join(', ')}`;

/** Lower-case kebab-case, the form of every slug in URLs. */
export const ZSlug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: (issue) => `"${String(issue.input)}" is not a kebab-case slug (lower-case letters, digits and single hyphens)`,
  })
  .max(120, { error: 'a slug is at most 120 characters' });

/** A calendar date 'YYYY-MM-DD'. */
export const ZLocalDate = z.iso.date({
  error: (issue) => `"${String(issue.input)}" is not a calendar date in the form YYYY-MM-DD`,
});

/** An ISO 8601 date-time with an explicit offset or Z, e.g. 2024-10-25T09:00:00+08:00. */
export const ZInstant = z.iso.datetime({
  offset: true,
  error: (issue) => `"${String(issue.input)}" is not an ISO 8601 date-time with an offset (e.g. 2024-10-25T09:00:00+08:00)`,
});

/** Any ISO 3166-1 alpha-2 code: people and organizations come from beyond the catalogue too. */
export const ZIsoCountryCode = z.string().regex(/^[A-Z]{2}$/, {
  error: (issue) => `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 country code (two capital letters)`,
});

const currencies = new Set<string>(Intl.supportedValuesOf('currency'));
/** An ISO 4217 currency code known to the runtime, e.g. USD, CNY. */
export const ZCurrencyCode = z.string().refine((code) => currencies.has(code), {
  error: (issue) => `"${String(issue.input)}" is not an ISO 4217 currency code (e.g. USD, CNY)`,
});

const ZWebUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });

/** Agreement values are stored as DECIMAL(18, 2). */
export const MAX_AGREEMENT_VALUE = 1e16;

/** Most items a list in one input may hold (countries, languages, speakers, parties, ...). */
export const MAX_LIST_ITEMS = 200;
const listLimit = { error: `a list holds at most ${MAX_LIST_ITEMS} items` };

function uniqueList<T extends z.ZodType<string>>(item: T, field: string) {
  return z.array(item).max(MAX_LIST_ITEMS, listLimit).refine((list) => new Set(list).size === list.length, {
    error: `${field} lists the same value twice`,
  });
}

export const ZSeriesInput = z
  .object({
    slug: ZSlug,
    name: ZLocalizedText,
    shortName: ZLocalizedText,
    description: ZLocalizedText,
    regionCode: ZRegionCode,
    partnerCountryCode: ZCountryCode.optional(),
    theme: ZThemeChoice,
    focusTrackSlugs: uniqueList(ZTrackSlug, 'focusTrackSlugs'),
    status: z.enum(EDITION_STATUSES, { error: oneOf(EDITION_STATUSES) }).optional(),
    published: z.boolean().optional(),
  })
  .superRefine((series, ctx) => {
    const partner = series.partnerCountryCode;
    if (partner && getRegion(series.regionCode).countries.includes(partner)) {
      ctx.addIssue({
        code: 'custom',
        path: ['partnerCountryCode'],
        message: `partnerCountryCode ${partner} is a member of region ${series.regionCode}; a partner comes from outside it`,
      });
    }
  });
export type SeriesInput = z.infer<typeof ZSeriesInput>;

export const ZEditionInput = z
  .object({
    number: z.number({ error: 'number must be a number' }).int({ error: 'number must be a whole number' }).positive({
      error: 'number must be 1 or more',
    }),
    theme: ZLocalizedText,
    description: ZLocalizedText.optional(),
    status: z.enum(EDITION_STATUSES, { error: oneOf(EDITION_STATUSES) }).optional(),
    // A proposed edition may have no dates yet; a scheduled one has both.
    startDate: ZLocalDate.nullish(),
    endDate: ZLocalDate.nullish(),
    timeZone: ZTimeZone,
    hostCity: ZLocalizedText,
    hostCountryCode: ZCountryCode.optional(),
    hostSubdivisionId: z.string().min(1).optional(),
    workingLanguages: uniqueList(ZLanguageTag, 'workingLanguages').refine((list) => list.length > 0, {
      error: 'workingLanguages needs at least one language',
    }),
    attendance: z.number().int().nonnegative({ error: 'attendance cannot be negative' }).optional(),
    published: z.boolean().optional(),
  })
  .superRefine(checkEditionDates);
export type EditionInput = z.infer<typeof ZEditionInput>;

/** Both dates or neither, the last not before the first; issues on the field to change. */
export function checkEditionDates(edition: { startDate?: string | null; endDate?: string | null }, ctx: z.RefinementCtx): void {
  const { startDate, endDate } = edition;
  if (Boolean(startDate) !== Boolean(endDate)) {
    ctx.addIssue({
      code: 'custom',
      path: [startDate ? 'endDate' : 'startDate'],
      message: 'startDate and endDate go together: give both, or neither for an unscheduled edition',
    });
  } else if (startDate && endDate && endDate < startDate) {
    ctx.addIssue({
      code: 'custom',
      path: ['endDate'],
      message: `endDate ${endDate} is before startDate ${startDate}`,
    });
  }
}

export const ZSessionInput = z
  .object({
    slug: ZSlug,
    kind: z.enum(SESSION_KINDS, { error: oneOf(SESSION_KINDS) }),
    title: ZLocalizedText,
    description: ZLocalizedText.optional(),
    startsAt: ZInstant,
    endsAt: ZInstant,
    roomId: z.string().min(1).nullish(),
    trackSlug: ZSlug.nullish(),
    languages: uniqueList(ZLanguageTag, 'languages'),
    interpretation: uniqueList(ZLanguageTag, 'interpretation').default([]),
    published: z.boolean().optional(),
  })
  .superRefine((session, ctx) => {
    if (Date.parse(session.endsAt) <= Date.parse(session.startsAt)) {
      ctx.addIssue({
        code: 'custom',
        path: ['endsAt'],
        message: `endsAt ${session.endsAt} must be after startsAt ${session.startsAt}`,
      });
    }
  });
export type SessionInput = z.infer<typeof ZSessionInput>;

export const ZPersonInput = z.object({
  slug: ZSlug,
  /** Per language or script, e.g. { en: 'Edil Baisalov', ru: 'Эдиль Байсалов' }. */
  name: ZLocalizedText,
  position: ZLocalizedText,
  organizationId: z.string().min(1).nullish(),
  countryCode: ZIsoCountryCode.nullish(),
  photoUrl: ZWebUrl.nullish(),
  published: z.boolean().optional(),
});
export type PersonInput = z.infer<typeof ZPersonInput>;

export const ZOrganizationInput = z.object({
  slug: ZSlug,
  name: ZLocalizedText,
  kind: z.enum(ORGANIZATION_KINDS, { error: oneOf(ORGANIZATION_KINDS) }),
  countryCode: ZIsoCountryCode.nullish(),
  website: ZWebUrl.nullish(),
});
export type OrganizationInput = z.infer<typeof ZOrganizationInput>;

export const ZAgreementPartyInput = z
  .object({
    countryCode: ZCountryCode.optional(),
    subdivisionId: z.string().min(1).optional(),
    organizationId: z.string().min(1).optional(),
  })
  .superRefine((party, ctx) => {
    const given = (['countryCode', 'subdivisionId', 'organizationId'] as const).filter((k) => party[k] !== undefined);
    if (given.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: `a party is exactly one of countryCode, subdivisionId or organizationId; got ${given.length ? given.join(' and ') : 'none'}`,
      });
    }
  });
export type AgreementPartyInput = z.infer<typeof ZAgreementPartyInput>;

export const ZAgreementInput = z
  .object({
    slug: ZSlug,
    title: ZLocalizedText,
    summary: ZLocalizedText.optional(),
    type: z.enum(AGREEMENT_TYPES, { error: oneOf(AGREEMENT_TYPES) }),
    status: z.enum(AGREEMENT_STATUSES, { error: oneOf(AGREEMENT_STATUSES) }).optional(),
    trackSlug: ZSlug.nullish(),
    sessionSlug: ZSlug.nullish(),
    parties: z.array(ZAgreementPartyInput).min(2, { error: 'parties needs at least two parties' }).max(MAX_LIST_ITEMS, listLimit),
    // The column is DECIMAL(18, 2): 16 digits before the point.
    valueAmount: z
      .number()
      .finite()
      .nonnegative({ error: 'valueAmount cannot be negative' })
      .lt(MAX_AGREEMENT_VALUE, { error: `valueAmount must be less than ${MAX_AGREEMENT_VALUE.toLocaleString('en-US')} (16 digits before the decimal point)` })
      .nullish(),
    currency: ZCurrencyCode.nullish(),
    confidential: z.boolean().optional(),
    signedOn: ZLocalDate.nullish(),
    isDemo: z.boolean().optional(),
    published: z.boolean().optional(),
  })
  .superRefine((agreement, ctx) => {
    if (agreement.valueAmount != null && agreement.currency == null) {
      ctx.addIssue({
        code: 'custom',
        path: ['currency'],
        message: 'currency (ISO 4217, e.g. USD) is required when valueAmount is given',
      });
    }
    if (agreement.type === 'SISTER_CITY') {
      agreement.parties.forEach((party, index) => {
        if (party.subdivisionId === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['parties', index],
            message: `parties[${index}] of a SISTER_CITY agreement must be a subdivisionId (a province, region, city or district)`,
          });
        }
      });
    }
  });
export type AgreementInput = z.infer<typeof ZAgreementInput>;

/** A track of one edition: from the shared taxonomy (name optional, taken from it) or custom. */
export const ZTrackInput = z
  .object({
    slug: ZSlug,
    taxonomySlug: ZTrackSlug.nullish(),
    name: ZLocalizedText.optional(),
    description: ZLocalizedText.nullish(),
    position: z.number().int().nonnegative({ error: 'position cannot be negative' }).optional(),
  })
  .transform((track, ctx) => {
    const name = track.name ?? (track.taxonomySlug ? getTrack(track.taxonomySlug).name : undefined);
    if (!name) {
      ctx.addIssue({
        code: 'custom',
        path: ['name'],
        message: 'a custom track (no taxonomySlug) needs a name with an English ("en") text',
      });
      return z.NEVER;
    }
    return { ...track, name };
  });
export type TrackInput = z.infer<typeof ZTrackInput>;

export const ZVenueInput = z.object({
  slug: ZSlug,
  name: ZLocalizedText,
  address: ZLocalizedText.nullish(),
});
export type VenueInput = z.infer<typeof ZVenueInput>;

export const ZRoomInput = z.object({
  slug: ZSlug,
  name: ZLocalizedText,
  capacity: z.number().int({ error: 'capacity must be a whole number' }).positive({ error: 'capacity must be 1 or more' }).nullish(),
  position: z.number().int().nonnegative({ error: 'position cannot be negative' }).optional(),
});
export type RoomInput = z.infer<typeof ZRoomInput>;

/** Same names as the Prisma enum SessionRole. */
export const SESSION_ROLES = ['KEYNOTE', 'SPEAKER', 'MODERATOR'] as const;
export type SessionRole = (typeof SESSION_ROLES)[number];

/** The people of a session, in order; a person may hold several roles, each once. */
export const ZSessionSpeakersInput = z
  .array(z.object({ person: ZSlug, role: z.enum(SESSION_ROLES, { error: oneOf(SESSION_ROLES) }) }))
  .max(MAX_LIST_ITEMS, listLimit)
  .superRefine((speakers, ctx) => {
    const seen = new Set<string>();
    speakers.forEach((speaker, index) => {
      const key = `${speaker.person} as ${speaker.role}`;
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', path: [index], message: `lists ${key} twice` });
      }
      seen.add(key);
    });
  });
export type SessionSpeakersInput = z.infer<typeof ZSessionSpeakersInput>;

/**
 * A person as organizers write one: the organization named by its slug rather than its id
 * (the api and the seed resolve it). Everything else is ZPersonInput's.
 */
export const ZPersonEditInput = ZPersonInput.omit({ organizationId: true }).extend({
  organization: ZSlug.nullish(),
});
export type PersonEditInput = z.infer<typeof ZPersonEditInput>;

/** The members of a delegation in protocol order; each person once. */
export const ZDelegationMembersInput = z
  .array(z.object({ person: ZSlug, role: ZLocalizedText.nullish() }))
  .max(MAX_LIST_ITEMS, listLimit)
  .superRefine((members, ctx) => {
    const seen = new Set<string>();
    members.forEach((member, index) => {
      if (seen.has(member.person)) ctx.addIssue({ code: 'custom', path: [index, 'person'], message: `lists ${member.person} twice` });
      seen.add(member.person);
    });
  });
export type DelegationMembersInput = z.infer<typeof ZDelegationMembersInput>;

/** A country's delegation to an edition: its head and members are people named by slug. */
export const ZDelegationInput = z.object({
  countryCode: ZCountryCode,
  name: ZLocalizedText.nullish(),
  head: ZSlug.nullish(),
  protocolOrder: z.number().int({ error: 'protocolOrder must be a whole number' }).nonnegative({ error: 'protocolOrder cannot be negative' }),
  /** Omitted on an update: the members stay as they are. */
  members: ZDelegationMembersInput.optional(),
  published: z.boolean().optional(),
});
export type DelegationInput = z.infer<typeof ZDelegationInput>;

/** What a person said at an edition, summarized in our own words (never a quotation). */
export const ZStatementInput = z.object({
  person: ZSlug,
  session: ZSlug.nullish(),
  summary: ZLocalizedText,
  published: z.boolean().optional(),
});
export type StatementInput = z.infer<typeof ZStatementInput>;

/** A reported step of an agreement: the status it reached, on which date. */
export const ZAgreementMilestoneInput = z.object({
  status: z.enum(AGREEMENT_STATUSES, { error: oneOf(AGREEMENT_STATUSES) }),
  date: ZLocalDate,
  note: ZLocalizedText.nullish(),
});
export type AgreementMilestoneInput = z.infer<typeof ZAgreementMilestoneInput>;

export const ZIndicatorInput = z.object({
  slug: ZSlug,
  name: ZLocalizedText,
  unit: z.string().trim().min(1, { error: 'unit must not be empty' }).max(32, { error: 'unit is at most 32 characters (e.g. USD, t, %)' }),
  description: ZLocalizedText.nullish(),
  source: ZLocalizedText.nullish(),
  countryCodes: uniqueList(ZIsoCountryCode, 'countryCodes'),
});
export type IndicatorInput = z.infer<typeof ZIndicatorInput>;

/** How a reported figure relates to the true one: 'over' for "more than", and so on. */
export const INDICATOR_QUALIFIERS = ['over', 'under', 'about'] as const;
export type IndicatorQualifier = (typeof INDICATOR_QUALIFIERS)[number];

/** A year, a month or a day, or a range of them: 2023, 2024-01/2024-09, 2007/2023. */
const PERIOD = /^\d{4}(?:-\d{2}(?:-\d{2})?)?(?:\/\d{4}(?:-\d{2}(?:-\d{2})?)?)?$/;

export const ZIndicatorValueInput = z
  .object({
    period: z.string().regex(PERIOD, {
      error: (issue) => `"${String(issue.input)}" is not a period like 2023, 2024-01/2024-09 or 2007/2023`,
    }),
    periodStart: ZLocalDate,
    periodEnd: ZLocalDate,
    /** A decimal string, so large figures keep every digit (the column is numeric(20, 2)). */
    value: z.string().regex(/^-?\d{1,18}(?:\.\d{1,2})?$/, {
      error: (issue) => `"${String(issue.input)}" is not a decimal number with at most 18 digits and 2 decimals (e.g. 89400000000.00)`,
    }),
    qualifier: z.enum(INDICATOR_QUALIFIERS, { error: oneOf(INDICATOR_QUALIFIERS) }).nullish(),
    note: ZLocalizedText.nullish(),
  })
  .superRefine((value, ctx) => {
    if (value.periodEnd < value.periodStart) {
      ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: `periodEnd ${value.periodEnd} is before periodStart ${value.periodStart}` });
    }
  });
export type IndicatorValueInput = z.infer<typeof ZIndicatorValueInput>;
