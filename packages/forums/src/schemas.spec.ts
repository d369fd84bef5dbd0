import type { z } from 'zod';
import { formatIssues } from './issues.js';
import {
  MAX_AGREEMENT_VALUE,
  MAX_LIST_ITEMS,
  ZAgreementInput,
  ZAgreementPartyInput,
  ZEditionInput,
  ZOrganizationInput,
  ZPersonInput,
  ZRoomInput,
  ZSessionSpeakersInput,
  ZTrackInput,
  ZVenueInput,
  ZSeriesInput,
  ZSessionInput,
  ZSlug,
} from './schemas.js';

/** The issues of a failed parse as [field, message] pairs; fails the test if parsing succeeded. */
function issuesOf(schema: z.ZodType, input: unknown): [string, string][] {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
  return result.error.issues.map((i) => [i.path.map(String).join('.'), i.message]);
}

const series = {
  slug: 'china-caucasus',
  name: { en: 'China–Caucasus Forum', 'zh-Hans': '中国—高加索论坛', ru: 'Форум «Китай — Кавказ»' },
  shortName: { en: 'China–Caucasus' },
  description: { en: 'A proposed forum between China and the South Caucasus.' },
  regionCode: 'south-caucasus',
  partnerCountryCode: 'CN',
  theme: { preset: 'south-caucasus' },
  focusTrackSlugs: ['trade-investment', 'transport-logistics', 'regional-security'],
};

const edition = {
  number: 11,
  theme: { en: 'Green development for a shared home' },
  startDate: '2024-10-25',
  endDate: '2024-10-28',
  timeZone: 'Asia/Shanghai',
  hostCity: { en: 'Yinchuan', 'zh-Hans': '银川', ru: 'Иньчуань' },
  hostCountryCode: 'CN',
  hostSubdivisionId: 'CN-NX',
  workingLanguages: ['zh-Hans', 'ru', 'en'],
};

const sessionInput = {
  slug: 'opening-plenary',
  kind: 'PLENARY',
  title: { en: 'Opening plenary' },
  startsAt: '2024-10-25T09:00:00+08:00',
  endsAt: '2024-10-25T11:00:00+08:00',
  languages: ['zh-Hans'],
  interpretation: ['ru', 'en'],
};

const agreement = {
  slug: 'ningxia-samarkand',
  title: { en: 'Sister regions: Ningxia and Samarkand' },
  type: 'SISTER_CITY',
  status: 'SIGNED',
  parties: [{ subdivisionId: 'CN-NX' }, { subdivisionId: 'UZ-SA' }],
};

describe('ZSlug', () => {
  it.each(['china-central-asia', 'edition-11', 'a'])('accepts %s', (slug) => {
    expect(ZSlug.parse(slug)).toBe(slug);
  });
  it.each(['China', 'double--hyphen', '-lead', 'trail-', 'under_score', ''])('rejects "%s"', (slug) => {
    expect(issuesOf(ZSlug, slug)[0]?.[1]).toContain('is not a kebab-case slug');
  });
});

describe('ZSeriesInput', () => {
  it('accepts the China–Caucasus series', () => {
    expect(ZSeriesInput.parse(series)).toEqual(series);
  });

  it('names the field and the reason for each bad value', () => {
    expect(issuesOf(ZSeriesInput, { ...series, slug: 'China Caucasus', regionCode: 'europe', focusTrackSlugs: ['space'] })).toEqual([
      ['slug', expect.stringContaining('"China Caucasus" is not a kebab-case slug')],
      ['regionCode', expect.stringContaining('"europe" is not a catalogued region')],
      ['focusTrackSlugs.0', expect.stringContaining('"space" is not a track of the taxonomy')],
    ]);
  });

  it('requires English in every text', () => {
    expect(issuesOf(ZSeriesInput, { ...series, shortName: { ru: 'Китай — Кавказ' } })).toEqual([
      ['shortName', expect.stringContaining('English ("en") text is required')],
    ]);
  });

  it('refuses a partner that is a member of the region, and repeated tracks', () => {
    expect(issuesOf(ZSeriesInput, { ...series, partnerCountryCode: 'GE' })).toEqual([
      ['partnerCountryCode', 'partnerCountryCode GE is a member of region south-caucasus; a partner comes from outside it'],
    ]);
    expect(issuesOf(ZSeriesInput, { ...series, focusTrackSlugs: ['healthcare', 'healthcare'] })).toEqual([
      ['focusTrackSlugs', 'focusTrackSlugs lists the same value twice'],
    ]);
  });
});

describe('ZEditionInput', () => {
  it('accepts the 11th China–Central Asia edition', () => {
    expect(ZEditionInput.parse(edition)).toEqual(edition);
  });

  it('accepts a one-day edition and an unscheduled one', () => {
    expect(ZEditionInput.safeParse({ ...edition, endDate: '2024-10-25' }).success).toBe(true);
    const { startDate: _s, endDate: _e, ...unscheduled } = edition;
    expect(ZEditionInput.safeParse({ ...unscheduled, number: 1, status: 'PROPOSED' }).success).toBe(true);
  });

  it('refuses an end before the start', () => {
    expect(issuesOf(ZEditionInput, { ...edition, endDate: '2024-10-24' })).toEqual([
      ['endDate', 'endDate 2024-10-24 is before startDate 2024-10-25'],
    ]);
  });

  it('refuses only one of the two dates', () => {
    expect(issuesOf(ZEditionInput, { ...edition, endDate: undefined })).toEqual([
      ['endDate', expect.stringContaining('startDate and endDate go together')],
    ]);
    expect(issuesOf(ZEditionInput, { ...edition, startDate: null })).toEqual([
      ['startDate', 'startDate and endDate go together: give both, or neither for an unscheduled edition'],
    ]);
  });

  it('names each invalid field', () => {
    expect(
      issuesOf(ZEditionInput, {
        ...edition,
        number: 0,
        startDate: '2024-02-30',
        timeZone: 'Asia/Yinchuan',
        hostCountryCode: 'RU',
        workingLanguages: ['en_GB'],
      }),
    ).toEqual([
      ['number', 'number must be 1 or more'],
      ['startDate', '"2024-02-30" is not a calendar date in the form YYYY-MM-DD'],
      ['timeZone', '"Asia/Yinchuan" is not an IANA time zone (e.g. "Asia/Shanghai")'],
      ['hostCountryCode', expect.stringContaining('"RU" is not a catalogued country')],
      ['workingLanguages.0', expect.stringContaining('"en_GB" is not a valid BCP 47 language tag')],
    ]);
    expect(issuesOf(ZEditionInput, { ...edition, number: 2.5 })).toEqual([['number', 'number must be a whole number']]);
    expect(issuesOf(ZEditionInput, { ...edition, workingLanguages: [] })).toEqual([
      ['workingLanguages', 'workingLanguages needs at least one language'],
    ]);
  });
});

describe('ZSessionInput', () => {
  it('accepts a plenary and defaults interpretation to none', () => {
    expect(ZSessionInput.parse(sessionInput)).toEqual(sessionInput);
    const { interpretation: _i, ...withoutInterpretation } = sessionInput;
    expect(ZSessionInput.parse(withoutInterpretation).interpretation).toEqual([]);
  });

  it('refuses a session that does not end after it starts, across offsets', () => {
    expect(issuesOf(ZSessionInput, { ...sessionInput, endsAt: '2024-10-25T01:00:00Z' })).toEqual([
      ['endsAt', 'endsAt 2024-10-25T01:00:00Z must be after startsAt 2024-10-25T09:00:00+08:00'],
    ]);
    expect(ZSessionInput.safeParse({ ...sessionInput, endsAt: '2024-10-25T01:00:01Z' }).success).toBe(true);
  });

  it('refuses unknown kinds and times without an offset', () => {
    expect(issuesOf(ZSessionInput, { ...sessionInput, kind: 'WORKSHOP', startsAt: '2024-10-25 09:00' })).toEqual([
      ['kind', expect.stringContaining('"WORKSHOP" is not one of PLENARY, SUB_FORUM, PANEL')],
      ['startsAt', expect.stringContaining('"2024-10-25 09:00" is not an ISO 8601 date-time with an offset')],
    ]);
  });
});

describe('ZPersonInput and ZOrganizationInput', () => {
  it('accept people and organizations from beyond the catalogue', () => {
    expect(
      ZPersonInput.safeParse({
        slug: 'edil-baisalov',
        name: { en: 'Edil Baisalov', ru: 'Эдиль Байсалов' },
        position: { en: 'Deputy Chairman of the Cabinet of Ministers' },
        countryCode: 'KG',
      }).success,
    ).toBe(true);
    expect(
      ZOrganizationInput.safeParse({
        slug: 'sco-good-neighbourliness-committee',
        name: { en: 'SCO Committee on Good-Neighbourliness, Friendship and Cooperation' },
        kind: 'INTERNATIONAL_BODY',
        countryCode: 'CN',
        website: 'https://example.org',
      }).success,
    ).toBe(true);
  });

  it('reject bad kinds, country codes and URLs, naming the field', () => {
    expect(
      issuesOf(ZOrganizationInput, { slug: 'x', name: { en: 'X' }, kind: 'NGO', countryCode: 'kz', website: 'javascript:alert(1)' }),
    ).toEqual([
      ['kind', expect.stringContaining('"NGO" is not one of GOVERNMENT_BODY')],
      ['countryCode', expect.stringContaining('"kz" is not an ISO 3166-1 alpha-2 country code')],
      ['website', 'must be an http(s) URL'],
    ]);
    expect(issuesOf(ZPersonInput, { slug: 'p', name: { en: 'P' }, position: {} })).toEqual([
      ['position', expect.stringContaining('English ("en") text is required')],
    ]);
  });
});

describe('ZAgreementInput', () => {
  it('accepts a sister-region agreement and a valued trade agreement', () => {
    expect(ZAgreementInput.parse(agreement)).toEqual(agreement);
    expect(
      ZAgreementInput.safeParse({
        ...agreement,
        slug: 'trade-package',
        type: 'TRADE',
        parties: [{ countryCode: 'CN' }, { organizationId: 'org-1' }],
        valueAmount: 11_200_000_000,
        currency: 'CNY',
      }).success,
    ).toBe(true);
    expect(ZAgreementInput.safeParse({ ...agreement, valueAmount: 0, currency: 'USD' }).success).toBe(true);
  });

  it('needs at least two parties', () => {
    expect(issuesOf(ZAgreementInput, { ...agreement, parties: [{ subdivisionId: 'CN-NX' }] })).toEqual([
      ['parties', 'parties needs at least two parties'],
    ]);
  });

  it('needs exactly one identity per party', () => {
    expect(issuesOf(ZAgreementInput, { ...agreement, type: 'TRADE', parties: [{}, { countryCode: 'UZ', organizationId: 'o' }] })).toEqual([
      ['parties.0', 'a party is exactly one of countryCode, subdivisionId or organizationId; got none'],
      ['parties.1', 'a party is exactly one of countryCode, subdivisionId or organizationId; got countryCode and organizationId'],
    ]);
  });

  it('needs a valid currency with an amount, and no negative amount', () => {
    expect(issuesOf(ZAgreementInput, { ...agreement, valueAmount: 1_570_000_000 })).toEqual([
      ['currency', 'currency (ISO 4217, e.g. USD) is required when valueAmount is given'],
    ]);
    expect(issuesOf(ZAgreementInput, { ...agreement, valueAmount: -1, currency: 'DOLLARS' })).toEqual([
      ['valueAmount', 'valueAmount cannot be negative'],
      ['currency', '"DOLLARS" is not an ISO 4217 currency code (e.g. USD, CNY)'],
    ]);
  });

  it('makes sister-city agreements between subnational units', () => {
    expect(issuesOf(ZAgreementInput, { ...agreement, parties: [{ subdivisionId: 'CN-NX' }, { countryCode: 'UZ' }] })).toEqual([
      ['parties.1', expect.stringContaining('parties[1] of a SISTER_CITY agreement must be a subdivisionId')],
    ]);
  });

  it('refuses unknown types and statuses', () => {
    expect(issuesOf(ZAgreementInput, { ...agreement, type: 'LOAN', status: 'DRAFT' }).map(([field]) => field)).toEqual(['type', 'status']);
  });
});

describe(formatIssues.name, () => {
  it('prints one "field: reason" line per issue, field rules and cross-field rules together', () => {
    const result = ZEditionInput.safeParse({ ...edition, number: -1, endDate: '2024-10-20' });
    if (result.success) throw new Error('expected a refusal');
    expect(formatIssues(result.error)).toBe(
      'number: number must be 1 or more\nendDate: endDate 2024-10-20 is before startDate 2024-10-25',
    );
  });

  it('prints an issue about the whole input without a field prefix', () => {
    const result = ZAgreementPartyInput.safeParse({});
    if (result.success) throw new Error('expected a refusal');
    expect(formatIssues(result.error)).toBe(
      'a party is exactly one of countryCode, subdivisionId or organizationId; got none',
    );
  });
});

describe('ZTrackInput', () => {
  it('takes the name from the taxonomy when none is given', () => {
    const track = ZTrackInput.parse({ slug: 'green', taxonomySlug: 'green-development' });
    expect(track.name['en']).toBe('Green development and clean energy');
  });

  it('keeps a given name over the taxonomy one', () => {
    expect(ZTrackInput.parse({ slug: 'green', taxonomySlug: 'green-development', name: { en: 'Clean industry' } }).name).toEqual({ en: 'Clean industry' });
  });

  it('asks a custom track for a name and refuses a slug outside the taxonomy', () => {
    expect(issuesOf(ZTrackInput, { slug: 'youth' })).toEqual([
      ['name', 'a custom track (no taxonomySlug) needs a name with an English ("en") text'],
    ]);
    expect(issuesOf(ZTrackInput, { slug: 'youth', taxonomySlug: 'youth' })[0]?.[0]).toBe('taxonomySlug');
  });
});

describe('ZVenueInput and ZRoomInput', () => {
  it('accept a venue and a room and refuse a room that holds nobody', () => {
    expect(ZVenueInput.parse({ slug: 'expo', name: { en: 'Expo' } })).toEqual({ slug: 'expo', name: { en: 'Expo' } });
    expect(ZRoomInput.parse({ slug: 'hall-a', name: { en: 'Hall A' }, capacity: 120 }).capacity).toBe(120);
    expect(issuesOf(ZRoomInput, { slug: 'hall-a', name: { en: 'Hall A' }, capacity: 0 })).toEqual([['capacity', 'capacity must be 1 or more']]);
  });
});

describe('ZSessionSpeakersInput', () => {
  it('accepts one person in two roles and refuses the same role twice', () => {
    expect(ZSessionSpeakersInput.parse([{ person: 'a-b', role: 'MODERATOR' }, { person: 'a-b', role: 'SPEAKER' }])).toHaveLength(2);
    expect(issuesOf(ZSessionSpeakersInput, [{ person: 'a-b', role: 'SPEAKER' }, { person: 'a-b', role: 'SPEAKER' }])).toEqual([
      ['1', 'lists a-b as SPEAKER twice'],
    ]);
    expect(issuesOf(ZSessionSpeakersInput, [{ person: 'a-b', role: 'CHAIR' }])[0]).toEqual(['0.role', '"CHAIR" is not one of KEYNOTE, SPEAKER, MODERATOR']);
  });
});

describe('list bounds', () => {
  it('takes up to MAX_LIST_ITEMS speakers and refuses more, saying so', () => {
    const speakers = (count: number) => Array.from({ length: count }, (_, i) => ({ person: `person-${i}`, role: 'SPEAKER' as const }));
    expect(ZSessionSpeakersInput.safeParse(speakers(MAX_LIST_ITEMS)).success).toBe(true);
    const refused = ZSessionSpeakersInput.safeParse(speakers(MAX_LIST_ITEMS + 1));
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.message)).toEqual([`a list holds at most ${MAX_LIST_ITEMS} items`]);
  });
});

describe('agreement value bounds', () => {
  it('refuses a value beyond DECIMAL(18, 2) with a message naming the limit, not a database error later', () => {
    const valued = { ...agreement, type: 'TRADE', valueAmount: 9_999_999_999_999_998, currency: 'USD' };
    expect(ZAgreementInput.safeParse(valued).success).toBe(true);
    expect(issuesOf(ZAgreementInput, { ...valued, valueAmount: MAX_AGREEMENT_VALUE })).toEqual([
      ['valueAmount', 'valueAmount must be less than 10,000,000,000,000,000 (16 digits before the decimal point)'],
    ]);
    expect(issuesOf(ZAgreementInput, { ...valued, valueAmount: 1e300 })).toHaveLength(1);
  });
});

describe('cross-field rules', () => {
  it('report custom issues, as their callers expect of a rule of ours', () => {
    const codes = (schema: z.ZodType, input: unknown) => schema.safeParse(input).error?.issues.map((issue) => issue.code);
    expect(codes(ZSeriesInput, { ...series, partnerCountryCode: 'GE' })).toEqual(['custom']);
    expect(codes(ZEditionInput, { ...edition, endDate: undefined })).toEqual(['custom']);
    expect(codes(ZEditionInput, { ...edition, endDate: '2024-10-24' })).toEqual(['custom']);
    expect(codes(ZSessionInput, { ...sessionInput, endsAt: sessionInput.startsAt })).toEqual(['custom']);
    expect(codes(ZAgreementPartyInput, {})).toEqual(['custom']);
    expect(codes(ZAgreementInput, { ...agreement, parties: [{ subdivisionId: 'CN-NX' }, { countryCode: 'UZ' }], valueAmount: 5 })).toEqual(['custom', 'custom']);
    expect(codes(ZTrackInput, { slug: 'youth' })).toEqual(['custom']);
    expect(codes(ZSessionSpeakersInput, [{ person: 'a-b', role: 'SPEAKER' }, { person: 'a-b', role: 'SPEAKER' }])).toEqual(['custom']);
  });
});

