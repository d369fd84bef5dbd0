import { formatIssues } from '../issues.js';
import { type AccreditationCategory, defaultAccreditationCategories, type AccreditationKind } from './accreditation-categories.js';
import { RegistrationRuleError } from './registration-errors.js';
import { type CustomField, defaultRegistrationForm, type RegistrationForm } from './registration-form.js';
import { type RegistrationProblem } from './registration-problems.js';
import {
  buildRegistrationSchema,
  parseRegistration,
  type RegistrationContext,
  type RegistrationSubmission,
} from './registration-schema.js';

const edition = { startDate: '2024-10-25', endDate: '2024-10-28', languages: ['zh-Hans', 'ru', 'en'] };
const context: RegistrationContext = { edition, privacyNotice: { noticeId: 'caca-11-privacy', version: '2' } };

const companySize: CustomField = {
  key: 'custom.company_size',
  type: 'text',
  label: { en: 'Company size' },
  required: false,
  maxLength: 200,
};
const sectors: CustomField = {
  key: 'custom.sectors',
  type: 'choice',
  label: { en: 'Sectors' },
  required: true,
  multiple: true,
  options: [
    { value: 'energy', label: { en: 'Energy' } },
    { value: 'agriculture', label: { en: 'Agriculture' } },
    { value: 'logistics', label: { en: 'Logistics' } },
  ],
};
const arrival: CustomField = {
  key: 'custom.arrival',
  type: 'date',
  label: { en: 'Arrival date' },
  required: false,
  minDate: '2024-10-20',
  maxDate: '2024-10-28',
};
const tradeFair: CustomField = { key: 'custom.trade_fair', type: 'checkbox', label: { en: 'I exhibit at the trade fair' }, required: true };
const vatNumber: CustomField = {
  key: 'custom.vat_number',
  type: 'text',
  label: { en: 'VAT number' },
  required: false,
  maxLength: 20,
  pattern: '[A-Z]{2}[0-9]{8,12}',
};

const form: RegistrationForm = { fields: [...defaultRegistrationForm().fields, companySize, sectors, arrival, tradeFair, vatNumber] };

function category(kind: AccreditationKind, changes: Partial<AccreditationCategory> = {}): AccreditationCategory {
  const preset = defaultAccreditationCategories(edition).find((c) => c.kind === kind);
  if (!preset) throw new Error(`no preset for ${kind}`);
  return { ...preset, ...changes };
}

// Business asks the edition's custom fields too.
const business = category('BUSINESS', {
  fields: [...category('BUSINESS').fields, { key: 'custom.company_size' }, { key: 'custom.sectors' }, { key: 'custom.arrival' }, { key: 'custom.trade_fair' }, { key: 'custom.vat_number' }],
});

const aigerim = {
  givenName: '  Aigerim ',
  familyName: 'Nurlanovna',
  nativeName: { text: 'Әйгерім Нұрланқызы', language: 'kk' },
  citizenship: 'kz',
  organization: 'KazAgro Export',
  position: 'Trade director',
  email: 'aigerim@example.kz',
  phone: '+7 7172 55 01 23',
  photo: 'upload:7f3c2a',
  dietaryNeeds: ['halal'],
  interpretationLanguage: 'ru',
  custom: { company_size: '250 employees', sectors: ['agriculture', 'logistics'], arrival: '2024-10-24', trade_fair: true },
  consent: { noticeId: 'caca-11-privacy', version: '2' },
};

function problemsOf(cat: AccreditationCategory, input: unknown, ctx: RegistrationContext = context): RegistrationProblem[] {
  const result = parseRegistration(buildRegistrationSchema(form, cat, ctx), input);
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
  return result.problems;
}

function accepted(cat: AccreditationCategory, input: unknown, ctx: RegistrationContext = context): RegistrationSubmission {
  const result = parseRegistration(buildRegistrationSchema(form, cat, ctx), input);
  if (!result.success) throw new Error(`expected acceptance, got ${JSON.stringify(result.problems)}`);
  return result.data;
}

describe(buildRegistrationSchema.name, () => {
  it('accepts a complete business submission and returns it clean', () => {
    expect(accepted(business, aigerim)).toEqual({
      givenName: 'Aigerim',
      familyName: 'Nurlanovna',
      nativeName: { text: 'Әйгерім Нұрланқызы', language: 'kk' },
      citizenship: 'KZ',
      organization: 'KazAgro Export',
      position: 'Trade director',
      email: 'aigerim@example.kz',
      phone: '+77172550123',
      photo: 'upload:7f3c2a',
      dietaryNeeds: ['halal'],
      interpretationLanguage: 'ru',
      custom: { company_size: '250 employees', sectors: ['agriculture', 'logistics'], arrival: '2024-10-24', trade_fair: true },
      consent: { noticeId: 'caca-11-privacy', version: '2' },
      visaLetter: false,
    });
  });

  it('leaves optional fields out when blank, as an empty form input sends them', () => {
    const data = accepted(business, { ...aigerim, nativeName: { text: '', language: '' }, dietaryNeeds: [], accessNeeds: '   ' });
    expect(data).not.toHaveProperty('nativeName');
    expect(data).not.toHaveProperty('dietaryNeeds');
    expect(data).not.toHaveProperty('accessNeeds');
  });

  it('gives each problem its field and a stable code with parameters', () => {
    const problems = problemsOf(business, {
      ...aigerim,
      email: 'aigerim at example.kz',
      custom: { ...aigerim.custom, company_size: 'x'.repeat(201) },
    });
    expect(problems).toEqual([
      { field: 'email', code: 'invalid_email' },
      { field: 'custom.company_size', code: 'too_long', max: 200 },
    ]);
  });

  it('reports a missing required field as required, whether absent or blank', () => {
    const { email: _email, ...withoutEmail } = aigerim;
    expect(problemsOf(business, withoutEmail)).toEqual([{ field: 'email', code: 'required' }]);
    expect(problemsOf(business, { ...aigerim, organization: ' ' })).toEqual([{ field: 'organization', code: 'required' }]);
  });

  it('refuses unknown fields and fields the category does not ask', () => {
    const problems = problemsOf(business, {
      ...aigerim,
      nickname: 'Aika',
      outlet: 'Kazinform',
      custom: { ...aigerim.custom, shoe_size: '38' },
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { field: 'nickname', code: 'unknown_field' },
        { field: 'outlet', code: 'not_asked' },
        { field: 'custom.shoe_size', code: 'unknown_field' },
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('refuses custom fields of the form that the category does not ask', () => {
    expect(problemsOf(category('OBSERVER'), { ...aigerim, custom: { company_size: '10' } })).toEqual([
      { field: 'custom.company_size', code: 'not_asked' },
    ]);
  });

  it('bounds every text of the form', () => {
    const long = 'a'.repeat(5000);
    const problems = problemsOf(business, {
      ...aigerim,
      givenName: long,
      familyName: long,
      nativeName: { text: long, language: 'kk' },
      organization: long,
      position: long,
      email: `${long}@example.kz`,
      phone: long,
      photo: long,
      accessNeeds: long,
      custom: { ...aigerim.custom, company_size: long },
      consent: { noticeId: long, version: long },
    });
    expect(problems.map((p) => `${p.field} ${p.code}`).sort()).toEqual(
      [
        'accessNeeds too_long',
        'consent.noticeId too_long',
        'consent.version too_long',
        'custom.company_size too_long',
        'email too_long',
        'familyName too_long',
        'givenName too_long',
        'nativeName.text too_long',
        'organization too_long',
        'phone too_long',
        'photo invalid_reference',
        'position too_long',
      ].sort(),
    );
  });

  it('counts length in characters, so a long name in CJK is not cut short by UTF-16', () => {
    const name = '𠀀'.repeat(200);
    expect(accepted(business, { ...aigerim, nativeName: { text: name, language: 'zh-Hant' } }).nativeName?.text).toBe(name);
  });

  it('refuses a submission that is not an object', () => {
    expect(problemsOf(business, 'aigerim')).toEqual([{ field: '', code: 'wrong_type', expected: 'group' }]);
    expect(problemsOf(business, [aigerim])).toEqual([{ field: '', code: 'wrong_type', expected: 'group' }]);
  });

  it('refuses a value of the wrong type with what was expected', () => {
    expect(problemsOf(business, { ...aigerim, email: 42, dietaryNeeds: { halal: true }, custom: 'none' })).toEqual([
      { field: 'email', code: 'wrong_type', expected: 'text' },
      { field: 'dietaryNeeds', code: 'wrong_type', expected: 'list' },
      { field: 'custom', code: 'wrong_type', expected: 'group' },
    ]);
  });

  it('takes names in Latin letters only, with accents, hyphens and apostrophes', () => {
    expect(accepted(business, { ...aigerim, givenName: 'José-María', familyName: "O'Brien Núñez" }).familyName).toBe("O'Brien Núñez");
    expect(problemsOf(business, { ...aigerim, givenName: 'Әйгерім', familyName: '张' })).toEqual([
      { field: 'givenName', code: 'not_latin' },
      { field: 'familyName', code: 'not_latin' },
    ]);
    expect(problemsOf(business, { ...aigerim, givenName: 'Aigerim2' })).toEqual([{ field: 'givenName', code: 'not_latin' }]);
  });

  describe('native name', () => {
    it.each([
      ['Әйгерім Нұрланқызы', 'kk'],
      ['张伟', 'zh-Hans'],
      ['ნინო ბერიძე', 'ka'],
      ['Անի Սարգսյան', 'hy'],
      ['Aygerim Nurlanqyzy', 'uz'],
      ['阿卜杜拉·卡里莫夫', 'zh'],
    ])('accepts %s written in %s', (text, language) => {
      expect(accepted(business, { ...aigerim, nativeName: { text, language } }).nativeName).toEqual({ text, language });
    });

    it('refuses a name not in the script of its language, naming the script', () => {
      expect(problemsOf(business, { ...aigerim, nativeName: { text: 'Aigerim', language: 'ru' } })).toEqual([
        { field: 'nativeName.text', code: 'script_mismatch', script: 'Cyrl' },
      ]);
    });

    it('needs both the text and its language', () => {
      expect(problemsOf(business, { ...aigerim, nativeName: { text: 'Әйгерім' } })).toEqual([
        { field: 'nativeName.language', code: 'required' },
      ]);
      expect(problemsOf(business, { ...aigerim, nativeName: { text: 'Әйгерім', language: 'kazakh language' } })).toEqual([
        { field: 'nativeName.language', code: 'invalid_language_tag' },
      ]);
    });

    it('refuses parts it does not know', () => {
      expect(problemsOf(business, { ...aigerim, nativeName: { text: 'Әйгерім', language: 'kk', script: 'Cyrl' } })).toEqual([
        { field: 'nativeName.script', code: 'unknown_field' },
      ]);
    });
  });

  it('checks citizenship against every ISO 3166-1 country of @caravan/regions and the form field’s countries', () => {
    expect(accepted(business, { ...aigerim, citizenship: 'RU' }).citizenship).toBe('RU');
    expect(accepted(business, { ...aigerim, citizenship: 'pk' }).citizenship).toBe('PK');
    for (const code of ['XX', 'SU', 'EU', 'KAZ']) {
      expect(problemsOf(business, { ...aigerim, citizenship: code })).toEqual([{ field: 'citizenship', code: 'invalid_country' }]);
    }
    expect(problemsOf(business, { ...aigerim, citizenship: 'Kazakhstan' })).toEqual([{ field: 'citizenship', code: 'invalid_country' }]);
    const centralAsia: RegistrationForm = {
      fields: form.fields.map((f) => (f.key === 'citizenship' ? { ...f, countries: ['KZ', 'KG', 'TJ', 'TM', 'UZ'] } : f)),
    };
    const result = parseRegistration(buildRegistrationSchema(centralAsia, business, context), { ...aigerim, citizenship: 'CN' });
    expect(result).toEqual({
      success: false,
      problems: [{ field: 'citizenship', code: 'country_not_allowed', allowed: ['KZ', 'KG', 'TJ', 'TM', 'UZ'] }],
    });
  });

  it('takes a phone number in international form and returns it as E.164', () => {
    expect(accepted(business, { ...aigerim, phone: '+86 951 504 1234' }).phone).toBe('+869515041234');
    expect(problemsOf(business, { ...aigerim, phone: '8 7172 55 01 23' })).toEqual([{ field: 'phone', code: 'invalid_phone' }]);
    expect(problemsOf(business, { ...aigerim, phone: '+7 12' })).toEqual([{ field: 'phone', code: 'invalid_phone' }]);
  });

  it('offers interpretation only into the edition’s languages', () => {
    expect(accepted(business, { ...aigerim, interpretationLanguage: 'zh-hans' }).interpretationLanguage).toBe('zh-Hans');
    expect(problemsOf(business, { ...aigerim, interpretationLanguage: 'kk' })).toEqual([
      { field: 'interpretationLanguage', code: 'language_not_offered', allowed: ['zh-Hans', 'ru', 'en'] },
    ]);
  });

  it('takes dietary needs from the form’s options only, each once', () => {
    expect(problemsOf(business, { ...aigerim, dietaryNeeds: ['halal', 'paleo'] })).toEqual([
      { field: 'dietaryNeeds', code: 'not_an_option', allowed: ['vegetarian', 'vegan', 'halal', 'kosher', 'gluten-free', 'lactose-free', 'nut-allergy'] },
    ]);
    expect(problemsOf(business, { ...aigerim, dietaryNeeds: ['halal', 'halal'] })).toEqual([{ field: 'dietaryNeeds', code: 'duplicate_choice' }]);
  });

  describe('custom fields', () => {
    it('checks a text against its pattern, as a whole', () => {
      expect(accepted(business, { ...aigerim, custom: { ...aigerim.custom, vat_number: 'KZ123456789' } }).custom['vat_number']).toBe('KZ123456789');
      expect(problemsOf(business, { ...aigerim, custom: { ...aigerim.custom, vat_number: 'KZ123456789 and more' } })).toEqual([
        { field: 'custom.vat_number', code: 'pattern_mismatch' },
      ]);
    });

    it('checks choices, dates and a required checkbox', () => {
      const problems = problemsOf(business, {
        ...aigerim,
        custom: { sectors: ['mining'], arrival: '2024-10-19', trade_fair: false },
      });
      expect(problems).toEqual([
        { field: 'custom.sectors', code: 'not_an_option', allowed: ['energy', 'agriculture', 'logistics'] },
        { field: 'custom.arrival', code: 'date_too_early', min: '2024-10-20' },
        { field: 'custom.trade_fair', code: 'must_be_checked' },
      ]);
    });

    it('takes what an HTML form sends: one ticked box as text, a checkbox as "on"', () => {
      const data = accepted(business, { ...aigerim, custom: { sectors: 'energy', trade_fair: 'on' } });
      expect(data.custom).toEqual({ sectors: ['energy'], trade_fair: true });
    });

    it('reports each required custom field when the group is missing', () => {
      const { custom: _custom, ...withoutCustom } = aigerim;
      expect(problemsOf(business, withoutCustom)).toEqual([
        { field: 'custom.sectors', code: 'required' },
        { field: 'custom.trade_fair', code: 'must_be_checked' },
      ]);
    });

    it('refuses an impossible date', () => {
      expect(problemsOf(business, { ...aigerim, custom: { ...aigerim.custom, arrival: '2024-02-30' } })).toEqual([
        { field: 'custom.arrival', code: 'invalid_date' },
      ]);
    });
  });

  it('lets a category make a field optional or required against the form’s default', () => {
    const relaxed = category('BUSINESS', {
      fields: business.fields.map((f) => (f.key === 'phone' ? { ...f, required: false } : f.key === 'accessNeeds' ? { ...f, required: true } : f)),
    });
    const { phone: _phone, ...withoutPhone } = aigerim;
    expect(problemsOf(relaxed, withoutPhone)).toEqual([{ field: 'accessNeeds', code: 'required' }]);
  });

  it('does not require deferred fields now, but still checks them when given', () => {
    const { photo: _photo, ...withoutPhoto } = aigerim;
    const later = { ...context, deferred: ['photo' as const] };
    expect(accepted(category('OBSERVER'), { ...withoutPhoto, custom: {} }, later)).not.toHaveProperty('photo');
    expect(problemsOf(category('OBSERVER'), { ...withoutPhoto, custom: {}, photo: '../etc/passwd' }, later)).toEqual([
      { field: 'photo', code: 'invalid_reference' },
    ]);
  });

  describe('media', () => {
    const media = category('MEDIA');
    const journalist = {
      givenName: 'Li',
      familyName: 'Wei',
      citizenship: 'CN',
      email: 'li.wei@example.cn',
      phone: '+86 10 6307 1234',
      photo: 'upload:a1',
      outlet: 'Ningxia Daily',
      mediaRole: 'PHOTO',
      pressCardNumber: 'B-11 0042',
      consent: context.privacyNotice,
    };

    it('asks the outlet, the role and the press card; position is optional there', () => {
      expect(accepted(media, journalist)).toMatchObject({ outlet: 'Ningxia Daily', mediaRole: 'PHOTO', pressCardNumber: 'B-11 0042' });
    });

    it('takes the four media roles only', () => {
      expect(problemsOf(media, { ...journalist, mediaRole: 'BLOGGER' })).toEqual([
        { field: 'mediaRole', code: 'not_an_option', allowed: ['JOURNALIST', 'CAMERA', 'PHOTO', 'TECHNICAL'] },
      ]);
    });

    it('refuses an organization where the outlet stands in for it', () => {
      expect(problemsOf(media, { ...journalist, organization: 'Ningxia Daily Group' })).toEqual([{ field: 'organization', code: 'not_asked' }]);
    });

    it('checks the press card number’s characters', () => {
      expect(problemsOf(media, { ...journalist, pressCardNumber: '<script>' })).toEqual([{ field: 'pressCardNumber', code: 'pattern_mismatch' }]);
    });
  });

  describe('consent', () => {
    const observer = category('OBSERVER');
    const person = { ...aigerim, custom: {} };

    it('is required', () => {
      const { consent: _consent, ...withoutConsent } = person;
      expect(problemsOf(observer, withoutConsent)).toEqual([{ field: 'consent', code: 'required' }]);
      expect(problemsOf(observer, { ...person, consent: { noticeId: 'caca-11-privacy' } })).toEqual([{ field: 'consent.version', code: 'required' }]);
    });

    it('must accept the notice in force, which the problem names', () => {
      expect(problemsOf(observer, { ...person, consent: { noticeId: 'caca-11-privacy', version: '1' } })).toEqual([
        { field: 'consent', code: 'consent_outdated', noticeId: 'caca-11-privacy', version: '2' },
      ]);
    });
  });

  describe('visa support', () => {
    const passport = { number: 'n 1234 5678', expiryDate: '2030-05-01', nationality: 'kz', dateOfBirth: '1988-03-14' };
    const person = { ...aigerim, custom: {} };

    it('refuses passport data where the category offers no letter', () => {
      const staff = category('STAFF');
      const { interpretationLanguage: _language, ...staffMember } = person;
      expect(problemsOf(staff, { ...staffMember, passport })).toEqual([{ field: 'passport', code: 'visa_not_offered' }]);
      expect(problemsOf(staff, { ...staffMember, visaLetter: true })).toEqual([{ field: 'visaLetter', code: 'visa_not_offered' }]);
      expect(accepted(staff, { ...staffMember, visaLetter: false }).visaLetter).toBe(false);
      expect(accepted(staff, { ...staffMember, visaLetter: 'off', passport: { number: '' } }).visaLetter).toBe(false);
    });

    it('asks the passport when the participant asks for a letter', () => {
      const observer = category('OBSERVER');
      expect(accepted(observer, { ...person, visaLetter: true, passport })).toMatchObject({
        visaLetter: true,
        passport: { number: 'N12345678', expiryDate: '2030-05-01', nationality: 'KZ', dateOfBirth: '1988-03-14' },
      });
      expect(problemsOf(observer, { ...person, visaLetter: true })).toEqual([
        { field: 'passport.number', code: 'required' },
        { field: 'passport.expiryDate', code: 'required' },
        { field: 'passport.nationality', code: 'required' },
        { field: 'passport.dateOfBirth', code: 'required' },
      ]);
      expect(problemsOf(observer, { ...person, passport })).toEqual([{ field: 'passport', code: 'not_asked' }]);
    });

    it('always asks the passport where the category requires a letter', () => {
      const delegate = category('DELEGATION_MEMBER', { visaSupport: 'REQUIRED' });
      expect(accepted(delegate, { ...person, passport }).visaLetter).toBe(true);
      expect(problemsOf(delegate, person).map((p) => p.field)).toEqual([
        'passport.number',
        'passport.expiryDate',
        'passport.nationality',
        'passport.dateOfBirth',
      ]);
      expect(problemsOf(delegate, { ...person, passport, visaLetter: false })).toEqual([{ field: 'visaLetter', code: 'must_be_checked' }]);
    });

    it('needs a passport valid after the edition, and longer where the host asks', () => {
      const observer = category('OBSERVER');
      expect(problemsOf(observer, { ...person, visaLetter: true, passport: { ...passport, expiryDate: '2024-10-28' } })).toEqual([
        { field: 'passport.expiryDate', code: 'passport_expires_too_soon', min: '2024-10-29' },
      ]);
      expect(accepted(observer, { ...person, visaLetter: true, passport: { ...passport, expiryDate: '2024-10-29' } }).passport?.expiryDate).toBe('2024-10-29');
      const sixMonths = { ...context, passportValidityMonths: 6 };
      expect(problemsOf(observer, { ...person, visaLetter: true, passport: { ...passport, expiryDate: '2025-04-28' } }, sixMonths)).toEqual([
        { field: 'passport.expiryDate', code: 'passport_expires_too_soon', min: '2025-04-29' },
      ]);
    });

    it('checks the passport number, nationality and date of birth', () => {
      const observer = category('OBSERVER');
      expect(
        problemsOf(observer, {
          ...person,
          visaLetter: 'on',
          passport: { number: 'N°12', expiryDate: '2030-01-01', nationality: 'KAZ', dateOfBirth: '2024-10-25', issuedBy: 'MIA' },
        }),
      ).toEqual([
        { field: 'passport.issuedBy', code: 'unknown_field' },
        { field: 'passport.number', code: 'invalid_passport_number' },
        { field: 'passport.nationality', code: 'invalid_country' },
        { field: 'passport.dateOfBirth', code: 'date_too_late', max: '2024-10-24' },
      ]);
    });
  });

  it('gives each zod issue an English message that names the problem', () => {
    const result = buildRegistrationSchema(form, business, context).safeParse({ ...aigerim, email: 'nope', nickname: 'A' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(formatIssues(result.error)).toBe('nickname: not a field of this form\nemail: not an email address');
    }
  });

  it('refuses a category that asks a field the form lacks, as a configuration error', () => {
    const odd = category('BUSINESS', { fields: [...category('BUSINESS').fields, { key: 'custom.missing' }] });
    expect(() => buildRegistrationSchema(form, odd, context)).toThrow(RegistrationRuleError);
    expect(() => buildRegistrationSchema(form, odd, context)).toThrow(
      expect.objectContaining({ code: 'REGISTRATION_CONFIG_INVALID', message: expect.stringContaining('custom.missing') }),
    );
  });

  describe('at the edges', () => {
    const observer = category('OBSERVER');
    const person = { ...aigerim, custom: {} };
    const passport = { number: 'N12345678', expiryDate: '2030-05-01', nationality: 'KZ', dateOfBirth: '1988-03-14' };

    it('refuses null as a submission', () => {
      expect(problemsOf(business, null)).toEqual([{ field: '', code: 'wrong_type', expected: 'group' }]);
    });

    it('reports at most 20 unknown fields of a group', () => {
      const flood = Object.fromEntries(Array.from({ length: 25 }, (_, i) => [`extra${i}`, 'x']));
      const problems = problemsOf(observer, { ...person, ...flood });
      expect(problems).toHaveLength(20);
      expect(problems[19]).toEqual({ field: 'extra19', code: 'unknown_field' });
    });

    it('keeps the lines of access needs and joins those of one-line fields', () => {
      expect(accepted(observer, { ...person, accessNeeds: 'Wheelchair\nStep-free room', organization: 'KazAgro\nExport' })).toMatchObject({
        accessNeeds: 'Wheelchair\nStep-free room',
        organization: 'KazAgro Export',
      });
    });

    it('reads a custom pattern in Unicode mode, a single choice and a latest date', () => {
      const grade: CustomField = { key: 'custom.grade', type: 'text', label: { en: 'Grade' }, required: false, maxLength: 10, pattern: '\\p{Lu}+' };
      const committee: CustomField = {
        key: 'custom.committee',
        type: 'choice',
        label: { en: 'Committee' },
        required: false,
        multiple: false,
        options: [{ value: 'trade', label: { en: 'Trade' } }],
      };
      const withMore: RegistrationForm = { fields: [...form.fields, grade, committee] };
      const asking = category('OBSERVER', { fields: [...category('OBSERVER').fields, { key: 'custom.grade' }, { key: 'custom.committee' }, { key: 'custom.arrival' }] });
      const parse = (custom: Record<string, unknown>) => parseRegistration(buildRegistrationSchema(withMore, asking, context), { ...person, custom });
      expect(parse({ grade: 'ÄÖ', committee: 'trade', arrival: '2024-10-28' })).toMatchObject({ success: true, data: { custom: { grade: 'ÄÖ', committee: 'trade', arrival: '2024-10-28' } } });
      expect(parse({ grade: 'äö', committee: ['trade'], arrival: '2024-10-29' })).toEqual({
        success: false,
        problems: [
          { field: 'custom.arrival', code: 'date_too_late', max: '2024-10-28' },
          { field: 'custom.grade', code: 'pattern_mismatch' },
          { field: 'custom.committee', code: 'wrong_type', expected: 'text' },
        ],
      });
    });

    it('moves the passport’s date by whole months, clamped to the month’s end', () => {
      const august = { ...context, edition: { ...edition, startDate: '2024-08-29', endDate: '2024-08-31' }, passportValidityMonths: 6 };
      expect(problemsOf(observer, { ...person, visaLetter: true, passport: { ...passport, expiryDate: '2025-02-28' } }, august)).toEqual([
        { field: 'passport.expiryDate', code: 'passport_expires_too_soon', min: '2025-03-01' },
      ]);
      expect(accepted(observer, { ...person, visaLetter: true, passport: { ...passport, expiryDate: '2025-03-01' } }, august).passport?.expiryDate).toBe('2025-03-01');
    });

    it('takes dates of birth from 1900 on', () => {
      expect(accepted(observer, { ...person, visaLetter: true, passport: { ...passport, dateOfBirth: '1900-01-01' } }).passport?.dateOfBirth).toBe('1900-01-01');
      expect(problemsOf(observer, { ...person, visaLetter: true, passport: { ...passport, dateOfBirth: '1899-12-31' } })).toEqual([
        { field: 'passport.dateOfBirth', code: 'date_too_early', min: '1900-01-01' },
      ]);
    });

    it('refuses the consent of another notice, and a consent that is not a group', () => {
      expect(problemsOf(observer, { ...person, consent: { noticeId: 'caca-10-privacy', version: '2' } })).toEqual([
        { field: 'consent', code: 'consent_outdated', noticeId: 'caca-11-privacy', version: '2' },
      ]);
      expect(problemsOf(observer, { ...person, consent: 'yes' })).toEqual([{ field: 'consent', code: 'wrong_type', expected: 'group' }]);
    });

    it('refuses a visa answer that is not yes or no, whatever the category offers', () => {
      const staff = category('STAFF');
      const { interpretationLanguage: _language, ...staffMember } = person;
      expect(problemsOf(staff, { ...staffMember, visaLetter: 'maybe' })).toEqual([{ field: 'visaLetter', code: 'visa_not_offered' }]);
      const delegate = category('DELEGATION_MEMBER', { visaSupport: 'REQUIRED' });
      expect(problemsOf(delegate, { ...person, passport, visaLetter: 'maybe' })).toEqual([{ field: 'visaLetter', code: 'wrong_type', expected: 'yes-no' }]);
      expect(accepted(delegate, { ...person, passport, visaLetter: 'on' }).visaLetter).toBe(true);
      expect(problemsOf(observer, { ...person, visaLetter: 'maybe' })).toEqual([{ field: 'visaLetter', code: 'wrong_type', expected: 'yes-no' }]);
    });

    it('needs the text of a native name as well as its language', () => {
      expect(problemsOf(observer, { ...person, nativeName: { language: 'kk' } })).toEqual([{ field: 'nativeName.text', code: 'required' }]);
    });

    it('bounds the outlet of a media submission', () => {
      const journalist = { ...person, organization: undefined, outlet: 'o'.repeat(201), mediaRole: 'PHOTO' };
      expect(problemsOf(category('MEDIA'), journalist)).toEqual([{ field: 'outlet', code: 'too_long', max: 200 }]);
    });

    it('reports a passport expiry that is no date once, as no date', () => {
      expect(problemsOf(observer, { ...person, visaLetter: true, passport: { ...passport, expiryDate: 'soon' } })).toEqual([
        { field: 'passport.expiryDate', code: 'invalid_date' },
      ]);
    });

    it('needs the id of the accepted notice', () => {
      expect(problemsOf(observer, { ...person, consent: { version: '2' } })).toEqual([{ field: 'consent.noticeId', code: 'required' }]);
    });

    it('offers no dietary choice when the form’s field lists no options', () => {
      const bare: RegistrationForm = { fields: form.fields.map((f) => (f.key === 'dietaryNeeds' ? { key: f.key, label: f.label, required: false } : f)) };
      const result = parseRegistration(buildRegistrationSchema(bare, observer, context), { ...person, dietaryNeeds: ['halal'] });
      expect(result).toEqual({ success: false, problems: [{ field: 'dietaryNeeds', code: 'too_many_choices', max: 0 }] });
    });

    it('answers without a visa letter or custom answers where none are given', () => {
      const staff = category('STAFF');
      const { interpretationLanguage: _language, custom: _custom, ...staffMember } = person;
      const data = accepted(staff, staffMember);
      expect(data.visaLetter).toBe(false);
      expect(data.custom).toEqual({});
      expect(data).not.toHaveProperty('passport');
    });
  });
});