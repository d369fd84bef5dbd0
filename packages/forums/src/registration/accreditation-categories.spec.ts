import { formatIssues } from '../issues.js';
import {
  ACCREDITATION_KINDS,
  type AccreditationCategory,
  askedField,
  buildCategoryListSchema,
  buildCategorySchema,
  type CategoryContext,
  DEFAULT_ZONES,
  defaultAccreditationCategories,
  editionDays,
  fieldsAskedBy,
} from './accreditation-categories.js';
import { type CustomField, defaultRegistrationForm } from './registration-form.js';

const edition = { startDate: '2024-10-25', endDate: '2024-10-28', languages: ['zh-Hans', 'ru', 'en'] };
const form = defaultRegistrationForm();
const context: CategoryContext = { edition, form, zones: DEFAULT_ZONES };
const presets = defaultAccreditationCategories(edition);
const media = presets.find((c) => c.kind === 'MEDIA') as AccreditationCategory;

function issuesOf(category: unknown, ctx: CategoryContext = context): string {
  const result = buildCategorySchema(ctx).safeParse(category);
  if (result.success) throw new Error(`expected ${JSON.stringify(category)} to be refused`);
  return formatIssues(result.error);
}

describe('ACCREDITATION_KINDS', () => {
  it('lists the eight kinds by their Prisma enum names', () => {
    expect([...ACCREDITATION_KINDS]).toEqual([
      'DELEGATION_MEMBER',
      'HEAD_OF_DELEGATION',
      'GOVERNMENT_OFFICIAL',
      'BUSINESS',
      'MEDIA',
      'EXPERT_SPEAKER',
      'OBSERVER',
      'STAFF',
    ]);
  });
});

describe(defaultAccreditationCategories.name, () => {
  it('makes one category of each kind, valid for the edition and its default form', () => {
    expect(presets.map((c) => c.kind)).toEqual([...ACCREDITATION_KINDS]);
    expect(buildCategoryListSchema(context).parse(presets)).toEqual(presets);
  });

  it('names each in en, zh-Hans and ru', () => {
    for (const category of presets) expect(Object.keys(category.name)).toEqual(['en', 'zh-Hans', 'ru']);
  });

  it('opens each badge on every day of the edition', () => {
    for (const category of presets) expect(category.badge.days).toEqual(['2024-10-25', '2024-10-26', '2024-10-27', '2024-10-28']);
  });

  it('starts unlimited and approved by an officer; only staff have no visa letter', () => {
    expect(new Set(presets.map((c) => c.capacity))).toEqual(new Set([null]));
    expect(new Set(presets.map((c) => c.approval))).toEqual(new Set(['NEEDS_APPROVAL']));
    expect(presets.filter((c) => c.visaSupport === 'NONE').map((c) => c.kind)).toEqual(['STAFF']);
  });

  it('asks media for the outlet and role instead of an organization', () => {
    expect(askedField(form, media, 'outlet')).toEqual({ required: true });
    expect(askedField(form, media, 'mediaRole')).toEqual({ required: true });
    expect(askedField(form, media, 'pressCardNumber')).toEqual({ required: false });
    expect(askedField(form, media, 'position')).toEqual({ required: false });
    expect(askedField(form, media, 'organization')).toBeUndefined();
  });

  it('gives fresh objects each time, so one edition’s edits never reach another', () => {
    const mine = defaultAccreditationCategories(edition);
    mine[0]?.badge.days.pop();
    expect(defaultAccreditationCategories(edition)[0]?.badge.days).toHaveLength(4);
  });
});

describe(buildCategorySchema.name, () => {
  it('refuses badge days outside the edition, naming its dates', () => {
    const category = { ...media, badge: { ...media.badge, days: ['2024-10-24', '2024-10-25', '2024-10-29'] } };
    expect(issuesOf(category)).toBe(
      ['badge.days.0: 2024-10-24 is outside the edition (2024-10-25 to 2024-10-28)', 'badge.days.2: 2024-10-29 is outside the edition (2024-10-25 to 2024-10-28)'].join('\n'),
    );
  });

  it('refuses zones the venue does not have, and takes any when the venue’s are not given', () => {
    const category = { ...media, badge: { ...media.badge, zones: ['venue', 'rooftop'] } };
    expect(issuesOf(category)).toBe('badge.zones.1: rooftop is not a zone of the venue (venue, plenary-hall, vip-lounge, press-centre, service-area)');
    expect(buildCategorySchema({ edition, form }).safeParse(category).success).toBe(true);
  });

  it('needs a name in each working language of the edition', () => {
    const withKazakh = { ...context, edition: { ...edition, languages: ['en', 'kk'] } };
    expect(issuesOf(media, withKazakh)).toBe('name.kk: the name needs a kk text: it is a working language of the edition');
  });

  it('asks only fields the form has, each once, the core ones always and required', () => {
    const fields = [...media.fields.filter((f) => f.key !== 'email'), { key: 'custom.fax' }, { key: 'outlet' }];
    const marked = fields.map((f) => (f.key === 'givenName' ? { ...f, required: false } : f));
    expect(issuesOf({ ...media, fields: marked })).toBe(
      [
        `fields.${marked.length - 1}.key: field "outlet" is asked twice`,
        'fields.0.required: givenName is always required',
        'fields: every category asks email',
        `fields.${marked.length - 2}.key: the form has no field custom.fax`,
      ].join('\n'),
    );
    expect(issuesOf({ ...media, fields: [...media.fields, { key: 'custom.fax' }] })).toBe(`fields.${media.fields.length}.key: the form has no field custom.fax`);
  });

  it('needs the outlet and role of a media category, which its quotas count by', () => {
    const fields = media.fields.filter((f) => f.key !== 'outlet');
    expect(issuesOf({ ...media, fields })).toBe('fields: a MEDIA category asks outlet: media quotas count by it');
  });

  it('takes a capacity of one or more, or null for unlimited', () => {
    expect(buildCategorySchema(context).parse({ ...media, capacity: 120 }).capacity).toBe(120);
    expect(issuesOf({ ...media, capacity: 0 })).toBe('capacity: capacity must be 1 or more, or null for unlimited');
    expect(issuesOf({ ...media, capacity: 2.5 })).toBe('capacity: capacity must be a whole number');
    expect(issuesOf({ ...media, capacity: undefined })).toBe('capacity: capacity must be a number or null (unlimited)');
  });

  it('names the allowed values of each mode and refuses unknown keys', () => {
    expect(issuesOf({ ...media, approval: 'MAYBE', visaSupport: 'ALWAYS', extra: 1 })).toBe(
      [
        'approval: "MAYBE" is not one of NEEDS_APPROVAL, AUTO_APPROVED',
        'visaSupport: "ALWAYS" is not one of NONE, OPTIONAL, REQUIRED',
        'Unrecognized key: "extra"',
      ].join('\n'),
    );
  });

  it('needs at least one badge day and no repeated zone', () => {
    expect(issuesOf({ ...media, badge: { zones: ['venue', 'venue'], days: [] } })).toBe(
      ['badge.zones.1: venue is listed twice', 'badge.days: a badge opens on at least one day'].join('\n'),
    );
  });
});

describe(buildCategoryListSchema.name, () => {
  it('refuses a slug used twice and an empty list', () => {
    const twice = [...presets, { ...media }];
    expect(formatIssues(buildCategoryListSchema(context).safeParse(twice).error!)).toBe(`${presets.length}.slug: slug media is used twice`);
    expect(formatIssues(buildCategoryListSchema(context).safeParse([]).error!)).toBe('an edition needs at least one accreditation category');
  });
});

describe(editionDays.name, () => {
  it('counts across a month end and a leap day', () => {
    expect(editionDays('2024-02-28', '2024-03-01')).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
    expect(editionDays('2024-10-28', '2024-10-28')).toEqual(['2024-10-28']);
    expect(editionDays('2024-10-28', '2024-10-25')).toEqual([]);
  });
});

describe(fieldsAskedBy.name, () => {
  it('lists what a category asks in the form’s order, with its input and requirement', () => {
    const notes: CustomField = { key: 'custom.notes', type: 'text', multiline: true, label: { en: 'Notes' }, required: false, maxLength: 500 };
    const withNotes = { fields: [...form.fields, notes] };
    const asked = fieldsAskedBy(withNotes, { ...media, fields: [...media.fields, { key: 'custom.notes', required: true }] });
    expect(asked.map(({ field, input, required }) => `${field.key} ${input}${required ? ' *' : ''}`)).toEqual([
      'givenName latin-name *',
      'familyName latin-name *',
      'nativeName native-name',
      'citizenship country *',
      'position text',
      'email email *',
      'phone phone *',
      'photo photo *',
      'dietaryNeeds choice',
      'accessNeeds textarea',
      'interpretationLanguage language',
      'outlet text *',
      'mediaRole choice *',
      'pressCardNumber text',
      'custom.notes textarea *',
    ]);
  });
});

describe('category rules at their edges', () => {
  it('opens each preset’s badge on the zones that suit it', () => {
    expect(Object.fromEntries(presets.map((c) => [c.kind, c.badge.zones]))).toEqual({
      DELEGATION_MEMBER: ['venue', 'plenary-hall'],
      HEAD_OF_DELEGATION: ['venue', 'plenary-hall', 'vip-lounge'],
      GOVERNMENT_OFFICIAL: ['venue', 'plenary-hall'],
      BUSINESS: ['venue'],
      MEDIA: ['venue', 'press-centre'],
      EXPERT_SPEAKER: ['venue', 'plenary-hall'],
      OBSERVER: ['venue'],
      STAFF: ['venue', 'plenary-hall', 'press-centre', 'service-area'],
    });
  });

  it('lets the public sign up only where visitors apply themselves', () => {
    expect(presets.filter((c) => c.publicSignup).map((c) => c.kind)).toEqual(['GOVERNMENT_OFFICIAL', 'BUSINESS', 'MEDIA', 'OBSERVER']);
  });

  it('takes badge days on the first and the last day of the edition', () => {
    const category = { ...media, badge: { ...media.badge, days: ['2024-10-25', '2024-10-28'] } };
    expect(buildCategorySchema(context).parse(category).badge.days).toEqual(['2024-10-25', '2024-10-28']);
  });

  it('needs the role of a media category as well as its outlet', () => {
    const fields = media.fields.filter((f) => f.key !== 'mediaRole');
    expect(issuesOf({ ...media, fields })).toBe('fields: a MEDIA category asks mediaRole: media quotas count by it');
  });

  it('refuses an unknown kind and a repeated badge day, naming them', () => {
    expect(issuesOf({ ...media, kind: 'VIP', badge: { ...media.badge, days: ['2024-10-25', '2024-10-25'] } })).toBe(
      [
        `kind: "VIP" is not one of ${ACCREDITATION_KINDS.join(', ')}`,
        'badge.days.1: 2024-10-25 is listed twice',
      ].join('\n'),
    );
  });

  it('takes up to 40 categories in an edition', () => {
    const many = Array.from({ length: 41 }, (_, i) => ({ ...media, slug: `media-${i}` }));
    expect(buildCategoryListSchema(context).safeParse(many.slice(0, 40)).success).toBe(true);
    expect(formatIssues(buildCategoryListSchema(context).safeParse(many).error!)).toBe('an edition has at most 40 categories');
  });

  it('answers that a field is not asked when the form lacks it, whatever the category says', () => {
    const asking = { ...media, fields: [...media.fields, { key: 'custom.fax' as const, required: true }] };
    expect(askedField(form, asking, 'custom.fax')).toBeUndefined();
    expect(askedField(form, asking, 'email')).toEqual({ required: true });
  });

  it('draws each kind of custom field with its own input', () => {
    const custom: CustomField[] = [
      { key: 'custom.notes', type: 'text', label: { en: 'Notes' }, required: false, maxLength: 50 },
      { key: 'custom.arrival', type: 'date', label: { en: 'Arrival' }, required: false },
      { key: 'custom.sectors', type: 'choice', label: { en: 'Sectors' }, required: false, multiple: true, options: [{ value: 'energy', label: { en: 'Energy' } }] },
      { key: 'custom.exhibits', type: 'checkbox', label: { en: 'Exhibits' }, required: true },
    ];
    const withCustom = { fields: [...form.fields, ...custom] };
    const asking = { ...media, fields: [...media.fields, ...custom.map((f) => ({ key: f.key }))] };
    expect(fieldsAskedBy(withCustom, asking).slice(-4).map(({ field, input, required }) => [field.key, input, required])).toEqual([
      ['custom.notes', 'text', false],
      ['custom.arrival', 'date', false],
      ['custom.sectors', 'choice', false],
      ['custom.exhibits', 'checkbox', true],
    ]);
  });
});
