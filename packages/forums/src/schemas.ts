// One zod schema per contract, shared by GraphQL inputs, Remix actions, job payloads and the seed.
import {
  ZCountryCode,
  ZLanguageTag,
  ZLocalizedText,
  ZRegionCode,
  ZTimeZone,
  getRegion,
} from '@caravan/regions';
import { ZTrackSlug } from '@caravan/tracks';
import { z } from 'zod';
import { AGREEMENT_STATUSES } from './agreement-lifecycle.js';
import { EDITION_STATUSES } from './edition-lifecycle.js';

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

function uniqueList<T extends z.ZodType<string>>(item: T, field: string) {
  return z.array(item).refine((list) => new Set(list).size === list.length, {
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
    themeKey: ZSlug,
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
  .superRefine((edition, ctx) => {
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
  });
export type EditionInput = z.infer<typeof ZEditionInput>;

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
    parties: z.array(ZAgreementPartyInput).min(2, { error: 'parties needs at least two parties' }),
    valueAmount: z.number().finite().nonnegative({ error: 'valueAmount cannot be negative' }).nullish(),
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
