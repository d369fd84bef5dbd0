import { type AccreditationCategory, defaultAccreditationCategories } from './accreditation-categories.js';
import {
  DELEGATION_IMPORT_LIMITS,
  delegationCsvHeader,
  type DelegationImportOptions,
  type DelegationImportResult,
  formatImportProblem,
  IMPORT_COLUMNS,
  type ImportProblem,
  type ImportedMember,
  normalizeHeader,
  parseDelegationCsv,
} from './delegation-import.js';
import { type CustomField, defaultRegistrationForm, type RegistrationForm, STANDARD_FIELD_KEYS } from './registration-form.js';

const edition = { startDate: '2024-10-25', endDate: '2024-10-28', languages: ['zh-Hans', 'ru', 'en'] };
const privacyNotice = { noticeId: 'caca-11-privacy', version: '2' };
const committee: CustomField = {
  key: 'custom.committee',
  type: 'choice',
  label: { en: 'Committee', ru: 'Комитет' },
  required: false,
  multiple: false,
  options: [
    { value: 'trade', label: { en: 'Trade', ru: 'Торговля' } },
    { value: 'transport', label: { en: 'Transport', ru: 'Транспорт' } },
  ],
};
const form: RegistrationForm = { fields: [...defaultRegistrationForm().fields, committee] };
const presets = defaultAccreditationCategories(edition);
const preset = (slug: string): AccreditationCategory => {
  const found = presets.find((c) => c.slug === slug);
  if (!found) throw new Error(slug);
  return found;
};
const delegate: AccreditationCategory = { ...preset('delegation-member'), fields: [...preset('delegation-member').fields, { key: 'custom.committee' }] };

const options: DelegationImportOptions = { form, category: delegate, context: { edition, privacyNotice }, consent: privacyNotice };

const HEADER = 'Given name,Family name,Citizenship,Email,Phone,Organization,Position,Dietary needs,Visa letter,Passport number,Passport expiry,Nationality,Date of birth';
const ROWS = [
  'Bakyt,Asanov,KG,b.asanov@example.kg,+996 312 62 45 10,Ministry of Economy,Deputy Minister,,no,,,,',
  'Ainura,Toktogulova,KG,a.toktogulova@example.kg,+996 555 12 34 56,Ministry of Economy,Adviser,"Halal, vegetarian",yes,AC1234567,2031-02-01,KG,1985-06-30',
  'Timur,Ismailov,KG,t.ismailov@example.kg,+996 700 98 76 54,Ministry of Economy,Interpreter,,,,,,',
];

function members(result: DelegationImportResult): ImportedMember[] {
  if (!result.success) throw new Error(`expected members, got:\n${result.problems.map(formatImportProblem).join('\n')}`);
  return result.members;
}

function problems(result: DelegationImportResult): ImportProblem[] {
  if (result.success) throw new Error('expected problems, got members');
  return result.problems;
}

const lines = (result: DelegationImportResult): string[] => problems(result).map(formatImportProblem);

describe(parseDelegationCsv.name, () => {
  it('reads every member with the line it is on', () => {
    const read = members(parseDelegationCsv([HEADER, ...ROWS].join('\n'), options));
    expect(read.map((m) => m.line)).toEqual([2, 3, 4]);
    expect(read[0]?.submission).toMatchObject({ givenName: 'Bakyt', citizenship: 'KG', phone: '+996312624510', visaLetter: false });
    expect(read[1]?.submission).toMatchObject({
      dietaryNeeds: ['halal', 'vegetarian'],
      visaLetter: true,
      passport: { number: 'AC1234567', expiryDate: '2031-02-01', nationality: 'KG', dateOfBirth: '1985-06-30' },
      consent: privacyNotice,
    });
  });

  it('reads what spreadsheets write: a byte-order mark, CRLF, semicolons, headers in any case', () => {
    const file = `\uFEFF${[HEADER.toUpperCase().replace(/,/g, ';'), ...ROWS.map((row) => row.replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/g, ';'))].join('\r\n')}\r\n`;
    expect(members(parseDelegationCsv(file, options)).map((m) => m.submission.familyName)).toEqual(['Asanov', 'Toktogulova', 'Ismailov']);
  });

  it('reads bytes as UTF-8 and refuses other encodings with what to do', () => {
    const bytes = new TextEncoder().encode([HEADER, ...ROWS].join('\n'));
    expect(members(parseDelegationCsv(bytes, options))).toHaveLength(3);
    const latin1 = Uint8Array.from([...'Given name\nJos\xe9'].map((c) => c.charCodeAt(0)));
    expect(lines(parseDelegationCsv(latin1, options))).toEqual(['not a readable CSV file (the file is not UTF-8 text; save it as "CSV UTF-8")']);
  });

  it('matches choices by value or by label in any language, and other column names', () => {
    const file = ['First name,Surname,citizenship,E-MAIL,phone,organisation,title,diet,committee', 'Nino,Beridze,GE,nino@example.ge,+995 32 200 0000,Parliament of Georgia,Member,Vegan;HALAL,Транспорт'].join('\n');
    expect(members(parseDelegationCsv(file, options))[0]?.submission).toMatchObject({
      dietaryNeeds: ['vegan', 'halal'],
      custom: { committee: 'transport' },
    });
  });

  it('reports every invalid line with its line number as in the file, and no member', () => {
    const file = [
      HEADER,
      ROWS[0],
      // A quoted cell over two lines: the next member starts on line 5.
      'Ainura,Toktogulova,KG,a.toktogulova@example.kg,+996 555 12 34 56,"Ministry of Economy,\nTrade Department",Adviser,,,,,,',
      'Timur,Ismailov,KG,not-an-email,+996 700 98 76 54,Ministry of Economy,Interpreter,,,,,,',
      '',
      'Айгуль,Осмонова,KGZ,a.osmonova@example.kg,0555 123 456,Ministry of Economy,Adviser,paleo,yes,,,,',
    ].join('\n');
    const result = parseDelegationCsv(file, options);
    expect(lines(result)).toEqual([
      'line 5, Email: not an email address',
      'line 7, Given name: must be written in Latin letters, as in the passport',
      'line 7, Family name: must be written in Latin letters, as in the passport',
      'line 7, Citizenship: not an ISO 3166-1 country code (two capital letters, e.g. KZ)',
      'line 7, Phone: not a phone number in international form (e.g. +7 7172 123456)',
      'line 7, Dietary needs: not one of the choices (vegetarian, vegan, halal, kosher, gluten-free, lactose-free, nut-allergy)',
      'line 7, Passport number: required',
      'line 7, Passport expiry: required',
      'line 7, Nationality: required',
      'line 7, Date of birth: required',
    ]);
    expect(problems(result)[0]).toEqual({ line: 5, field: 'email', column: 'Email', code: 'invalid_email' });
  });

  it('reports a missing required column once, not on every line', () => {
    const file = ['Given name,Family name,Citizenship,Phone,Organization,Position', 'Bakyt,Asanov,KG,+996 312 62 45 10,Ministry of Economy,Deputy Minister', 'Timur,Ismailov,KG,+996 700 98 76 54,Ministry of Economy,Interpreter'].join('\n');
    expect(problems(parseDelegationCsv(file, options))).toEqual([{ line: 1, field: 'email', code: 'missing_column', column: 'Email' }]);
  });

  it('reports unknown, repeated and refused columns at line 1', () => {
    const file = [`${HEADER},Shoe size,E-mail,Outlet`, `${ROWS[0]},42,b@example.kg,Kabar`].join('\n');
    expect(lines(parseDelegationCsv(file, options))).toEqual([
      'line 1, Shoe size: column "Shoe size" is not one of the import columns',
      'line 1, E-mail: column "E-mail" appears twice',
      'line 1, Outlet: not asked in this category',
    ]);
  });

  it('refuses passport columns where the category offers no letter', () => {
    const staff = { ...options, category: preset('staff') };
    const file = ['Given name,Family name,Citizenship,Email,Phone,Organization,Position,Passport number', 'Aliya,Serikova,KZ,aliya@example.kz,+7 7172 55 01 24,Forum secretariat,Driver,N1234567'].join('\n');
    expect(problems(parseDelegationCsv(file, staff))).toEqual([
      { line: 1, field: 'passport.number', code: 'visa_not_offered', column: 'Passport number' },
    ]);
  });

  it('leaves photos for later by default, and takes them when the category requires them now', () => {
    expect(members(parseDelegationCsv([HEADER, ROWS[0]].join('\n'), options))[0]?.submission).not.toHaveProperty('photo');
    const now = { ...options, context: { ...options.context, deferred: [] } };
    expect(problems(parseDelegationCsv([HEADER, ROWS[0]].join('\n'), now))).toEqual([{ line: 1, field: 'photo', code: 'missing_column', column: 'Photo' }]);
    expect(members(parseDelegationCsv([`${HEADER},Photo`, `${ROWS[0]},upload:b41`].join('\n'), now))[0]?.submission.photo).toBe('upload:b41');
  });

  it('reports the same member twice in one file', () => {
    const file = [HEADER, ROWS[0], ROWS[1], ROWS[2]?.replace('t.ismailov', 'B.Asanov')].join('\n');
    expect(problems(parseDelegationCsv(file, options))).toEqual([{ line: 4, field: 'email', column: 'Email', code: 'duplicate_in_file', firstLine: 2 }]);
    expect(lines(parseDelegationCsv(file, options))).toEqual(['line 4, Email: the same as on line 2']);
    const samePassport = [HEADER, ROWS[1], ROWS[1]?.replace('a.toktogulova', 'ainura.t')].join('\n');
    expect(lines(parseDelegationCsv(samePassport, options))).toEqual(['line 3, Passport number: the same as on line 2']);
  });

  it('refuses a line with more cells than the header names', () => {
    expect(lines(parseDelegationCsv([HEADER, `${ROWS[0]},extra`].join('\n'), options))).toEqual([
      'line 2: not a readable CSV file (this line has 14 cells but the header names 13 columns)',
    ]);
  });

  it('refuses a broken quote with the line it starts on', () => {
    expect(lines(parseDelegationCsv([HEADER, ROWS[0], 'Timur,"Ismailov,KG'].join('\n'), options))).toEqual([
      'line 3: not a readable CSV file (a quoted cell is never closed)',
    ]);
  });

  it('refuses a file without members', () => {
    expect(lines(parseDelegationCsv('', options))).toEqual(['the file has no members: a header line and one line per member are expected']);
    expect(lines(parseDelegationCsv(`${HEADER}\n\n,,,\n`, options))).toEqual([
      'the file has no members: a header line and one line per member are expected',
    ]);
  });

  it('bounds the file size and the number of members', () => {
    const big = `${HEADER}\n${ROWS[0]}\n`.padEnd(DELEGATION_IMPORT_LIMITS.maxBytes + 1, ' ');
    expect(problems(parseDelegationCsv(big, options))).toEqual([{ field: '', code: 'file_too_large', maxBytes: 1048576 }]);
    // Multi-byte text is measured in bytes, not characters.
    const cyrillic = `${HEADER}\n${'Ж'.repeat(600)}`;
    expect(problems(parseDelegationCsv(cyrillic, { ...options, maxBytes: 1000 }))[0]?.code).toBe('file_too_large');
    expect(lines(parseDelegationCsv(new Uint8Array(2000), { ...options, maxBytes: 1000 }))).toEqual([
      'the file is larger than 1 KiB; split it into smaller files',
    ]);
    const many = [HEADER, ...ROWS, ROWS[0]?.replace('b.asanov', 'b.asanov2')].join('\n');
    expect(lines(parseDelegationCsv(many, { ...options, maxRows: 3 }))).toEqual(['the file has more than 3 members; split it into smaller files']);
  });

  it('keeps a caller’s limits under the ceiling', () => {
    const rows = Array.from({ length: DELEGATION_IMPORT_LIMITS.ceilingRows + 1 }, (_, i) => `A,B,KG,m${i}@example.kg,,,,,,,,,`);
    expect(problems(parseDelegationCsv([HEADER, ...rows].join('\n'), { ...options, maxRows: 1_000_000, maxBytes: 50_000_000 }))).toEqual([
      { field: '', code: 'too_many_rows', max: DELEGATION_IMPORT_LIMITS.ceilingRows },
    ]);
  });

  it('needs the privacy notice in force', () => {
    expect(problems(parseDelegationCsv([HEADER, ...ROWS].join('\n'), { ...options, consent: { noticeId: 'caca-11-privacy', version: '1' } }))).toEqual([
      { field: 'consent', code: 'consent_outdated', noticeId: 'caca-11-privacy', version: '2' },
    ]);
  });
});

describe(delegationCsvHeader.name, () => {
  it('writes a template header that the import reads back', () => {
    const header = delegationCsvHeader(form, delegate);
    expect(header).toEqual([
      'Given name',
      'Family name',
      'Native name',
      'Native name language',
      'Citizenship',
      'Organization',
      'Position',
      'Email',
      'Phone',
      'Photo',
      'Dietary needs',
      'Access needs',
      'Interpretation language',
      'custom.committee',
      'Visa letter',
      'Passport number',
      'Passport expiry',
      'Passport nationality',
      'Date of birth',
    ]);
    const row = ['Nino', 'Beridze', 'ნინო ბერიძე', 'ka', 'GE', 'Parliament', 'Member', 'nino@example.ge', '+995 32 200 0000', 'upload:c9', '', '', 'ru', 'trade', 'no', '', '', '', ''];
    expect(members(parseDelegationCsv([header.join(','), row.join(',')].join('\n'), options))[0]?.submission).toMatchObject({
      nativeName: { text: 'ნინო ბერიძე', language: 'ka' },
      custom: { committee: 'trade' },
    });
  });
});

describe('import columns', () => {
  it('name every standard field (the native name by its two parts)', () => {
    const targets = Object.keys(IMPORT_COLUMNS);
    for (const key of STANDARD_FIELD_KEYS) {
      expect(key === 'nativeName' ? targets.filter((t) => t.startsWith('nativeName.')) : targets).toEqual(
        key === 'nativeName' ? ['nativeName.text', 'nativeName.language'] : expect.arrayContaining([key]),
      );
    }
  });

  it('have no two names that read the same', () => {
    const names = Object.entries(IMPORT_COLUMNS).flatMap(([target, list]) => [target, ...list].map((name) => [normalizeHeader(name), target] as const));
    const seen = new Map<string, string>();
    for (const [name, target] of names) {
      expect([name, seen.get(name) ?? target]).toEqual([name, target]);
      seen.set(name, target);
    }
  });
});

describe(formatImportProblem.name, () => {
  it('names the line and the column, the field where no column is known, or neither', () => {
    expect(formatImportProblem({ line: 3, field: 'email', column: 'E-mail', code: 'invalid_email' })).toBe('line 3, E-mail: not an email address');
    expect(formatImportProblem({ line: 3, field: 'custom.notes', code: 'required' })).toBe('line 3, custom.notes: required');
    expect(formatImportProblem({ field: 'consent', code: 'required' })).toBe('consent: required');
    expect(formatImportProblem({ line: 4, field: '', code: 'no_rows' })).toBe(
      'line 4: the file has no members: a header line and one line per member are expected',
    );
    expect(formatImportProblem({ field: '', code: 'no_rows' })).toBe('the file has no members: a header line and one line per member are expected');
  });
});

describe(normalizeHeader.name, () => {
  it('reads full-width letters, case, spaces and punctuation alike', () => {
    expect(normalizeHeader('Ｅ－ｍａｉｌ')).toBe('email');
    expect(normalizeHeader(' Date_of.birth ')).toBe('dateofbirth');
    expect(normalizeHeader('Дата рождения')).toBe('датарождения');
  });
});

describe('reading cells', () => {
  const exhibits: CustomField = { key: 'custom.exhibits', type: 'checkbox', label: { en: 'Exhibits at the fair' }, required: false };
  const sectors: CustomField = {
    key: 'custom.sectors',
    type: 'choice',
    label: { en: 'Sectors' },
    required: true,
    multiple: true,
    options: [
      { value: 'energy', label: { en: 'Energy' } },
      { value: 'agriculture', label: { en: 'Agriculture', ru: 'Сельское хозяйство' } },
    ],
  };
  const richForm: RegistrationForm = { fields: [...form.fields, exhibits, sectors] };
  const business: AccreditationCategory = {
    ...preset('business'),
    fields: [...preset('business').fields, { key: 'custom.exhibits' }, { key: 'custom.sectors' }],
  };
  const rich: DelegationImportOptions = { ...options, form: richForm, category: business };
  const head = 'Given name,Family name,Citizenship,Email,Phone,Organization,Position';
  const person = 'Bakyt,Asanov,KG,b.asanov@example.kg,+996 312 62 45 10,Ministry of Economy,Deputy Minister';

  it('reads a custom checkbox as yes or no and a multiple choice as a list, by the field’s English label', () => {
    const file = [`${head},Exhibits at the fair,Sectors`, `${person}, Yes ,"Energy| сельское хозяйство"`].join('\n');
    expect(members(parseDelegationCsv(file, rich))[0]?.submission.custom).toEqual({ exhibits: true, sectors: ['energy', 'agriculture'] });
    const twice = parseDelegationCsv(file.replace('| сельское хозяйство', '; energy'), rich);
    expect(problems(twice)).toEqual([{ line: 2, field: 'custom.sectors', column: 'Sectors', code: 'duplicate_choice' }]);
  });

  it('drops empty items of a list, whichever separator', () => {
    const file = [`${head},sectors`, `${person},"energy;;, |agriculture\n"`].join('\n');
    expect(members(parseDelegationCsv(file, rich))[0]?.submission.custom).toEqual({ exhibits: false, sectors: ['energy', 'agriculture'] });
  });

  it('reads the yes and no words of several languages, and leaves other words for the schema to refuse', () => {
    const read = (word: string) => parseDelegationCsv([`${head},custom.exhibits,Sectors`, `${person},${word},energy`].join('\n'), rich);
    for (const yes of ['YES', 'y', 'True', '1', 'x', 'Да', '是']) expect(members(read(yes))[0]?.submission.custom['exhibits']).toBe(true);
    for (const no of ['No', 'N', 'false', '0', 'НЕТ', '否']) expect(members(read(no))[0]?.submission.custom['exhibits']).toBe(false);
    expect(lines(read('perhaps'))).toEqual(['line 2, custom.exhibits: must be yes or no']);
  });

  it('reports a required custom column the file lacks by its key', () => {
    expect(problems(parseDelegationCsv([head, person].join('\n'), rich))).toEqual([
      { line: 1, field: 'custom.sectors', code: 'missing_column', column: 'custom.sectors' },
    ]);
  });

  it('matches a media role by its label', () => {
    const media = { ...options, category: preset('media') };
    const file = [
      'Given name,Family name,Citizenship,Email,Phone,Outlet,Media role',
      'Li,Wei,CN,li.wei@example.cn,+86 10 6307 1234,Ningxia Daily,photographer',
      'Wang,Fang,CN,wang.fang@example.cn,+86 10 6307 1235,Ningxia Daily, Technical ',
    ].join('\n');
    expect(members(parseDelegationCsv(file, media)).map((m) => m.submission.mediaRole)).toEqual(['PHOTO', 'TECHNICAL']);
  });

  it('lets a standard column win over a custom field of the same name', () => {
    const position: CustomField = { key: 'custom.rank', type: 'text', label: { en: 'Position' }, required: false, maxLength: 50 };
    const withRank = { ...options, form: { fields: [...form.fields, position] }, category: { ...delegate, fields: [...delegate.fields, { key: 'custom.rank' as const }] } };
    const read = members(parseDelegationCsv([`${head},Rank`, `${person},Colonel`].join('\n'), withRank))[0]?.submission;
    expect(read).toMatchObject({ position: 'Deputy Minister', custom: { rank: 'Colonel' } });
  });

  it('skips a column without a header, and its cells', () => {
    const file = [`Given name,,Family name,Citizenship,Email,Phone,Organization,Position`, `Bakyt,ignored,Asanov,KG,b.asanov@example.kg,+996 312 62 45 10,Ministry,Minister`].join('\n');
    expect(members(parseDelegationCsv(file, options))[0]?.submission).toMatchObject({ givenName: 'Bakyt', familyName: 'Asanov' });
  });

  it('reads tab-separated files, and a one-column header as comma separated', () => {
    const tabbed = [HEADER, ...ROWS].join('\n').replace(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/gm, '\t');
    expect(members(parseDelegationCsv(tabbed, options))).toHaveLength(3);
    expect(lines(parseDelegationCsv('Email\na@example.kg,b@example.kg', options))).toEqual(
      expect.arrayContaining(['line 2: not a readable CSV file (this line has 2 cells but the header names 1 columns)']),
    );
  });

  it('gives the line a member starts on across quoted line breaks of every kind', () => {
    const timur = (br: string) => `Timur,Ismailov,KG,t.ismailov@example.kg,+996 700 98 76 54,"Ministry${br}of${br}Economy",Interpreter,,,,,,`;
    for (const [rows, cell] of [['\r\n', '\r\n'], ['\r\n', '\n'], ['\n', '\n'], ['\r', '\r']]) {
      const file = [HEADER, ROWS[0], '', timur(cell as string), ROWS[1]].join(rows as string);
      const read = members(parseDelegationCsv(`${file}${rows as string}`, options));
      expect(read.map((m) => m.line)).toEqual([2, 4, 7]);
      expect(read[1]?.submission.organization).toBe('Ministry of Economy');
    }
  });

  it('explains a stray quote in the words of a spreadsheet user', () => {
    expect(lines(parseDelegationCsv([HEADER, 'Timur,Ism"ailov,KG'].join('\n'), options))).toEqual([
      'line 2: not a readable CSV file (a cell has a quote inside it; put the whole cell in quotes and double the quote)',
    ]);
    expect(lines(parseDelegationCsv([HEADER, 'Timur,"Ismailov"x,KG'].join('\n'), options))).toEqual([
      'line 2: not a readable CSV file (a quoted cell goes on after its closing quote)',
    ]);
  });
});

describe('columns a category refuses or needs', () => {
  const head = 'Given name,Family name,Citizenship,Email,Phone,Organization,Position';
  const person = 'Aliya,Serikova,KZ,aliya@example.kz,+7 7172 55 01 24,Forum secretariat,Driver';

  it('refuses a visa letter column where the category offers no letter', () => {
    expect(problems(parseDelegationCsv([`${head},Visa letter`, `${person},no`].join('\n'), { ...options, category: preset('staff') }))).toEqual([
      { line: 1, field: 'visaLetter', code: 'visa_not_offered', column: 'Visa letter' },
    ]);
  });

  it('refuses the native name’s columns where the category does not ask it', () => {
    const noNative = { ...delegate, fields: delegate.fields.filter((f) => f.key !== 'nativeName') };
    expect(problems(parseDelegationCsv([`${head},Native name`, `${person},Алия`].join('\n'), { ...options, category: noNative }))).toEqual([
      { line: 1, field: 'nativeName.text', code: 'not_asked', column: 'Native name' },
    ]);
  });

  it('asks for the native name’s column by its text where the category requires it', () => {
    const native = { ...delegate, fields: delegate.fields.map((f) => (f.key === 'nativeName' ? { ...f, required: true } : f)) };
    expect(problems(parseDelegationCsv([head, person].join('\n'), { ...options, category: native }))).toEqual([
      { line: 1, field: 'nativeName', code: 'missing_column', column: 'Native name' },
    ]);
  });

  it('asks for every passport column where the category requires a letter, and no visa letter column', () => {
    const required = { ...delegate, visaSupport: 'REQUIRED' as const };
    expect(problems(parseDelegationCsv([head, person].join('\n'), { ...options, category: required }))).toEqual([
      { line: 1, field: 'passport.number', code: 'missing_column', column: 'Passport number' },
      { line: 1, field: 'passport.expiryDate', code: 'missing_column', column: 'Passport expiry' },
      { line: 1, field: 'passport.nationality', code: 'missing_column', column: 'Passport nationality' },
      { line: 1, field: 'passport.dateOfBirth', code: 'missing_column', column: 'Date of birth' },
    ]);
    expect(delegationCsvHeader(form, required).slice(-5)).toEqual(['custom.committee', 'Passport number', 'Passport expiry', 'Passport nationality', 'Date of birth']);
    expect(delegationCsvHeader(form, preset('staff')).slice(-2)).toEqual(['Dietary needs', 'Access needs']);
  });

  it('names the passport columns a member who asks for a letter leaves out', () => {
    expect(lines(parseDelegationCsv([`${head},Visa letter`, `${person},yes`].join('\n'), options))).toEqual([
      'line 2, Passport number: required',
      'line 2, Passport expiry: required',
      'line 2, Passport nationality: required',
      'line 2, Date of birth: required',
    ]);
  });
});

describe('file bounds at their edges', () => {
  it('takes a file of exactly the byte limit, as text or as bytes', () => {
    const file = `${HEADER}\n${ROWS[0]}\n`;
    const size = new TextEncoder().encode(file).byteLength;
    expect(members(parseDelegationCsv(file, { ...options, maxBytes: size }))).toHaveLength(1);
    expect(members(parseDelegationCsv(new TextEncoder().encode(file), { ...options, maxBytes: size }))).toHaveLength(1);
    expect(problems(parseDelegationCsv(new TextEncoder().encode(file), { ...options, maxBytes: size - 1 }))).toEqual([
      { field: '', code: 'file_too_large', maxBytes: size - 1 },
    ]);
  });

  it('takes exactly the row limit', () => {
    expect(members(parseDelegationCsv([HEADER, ...ROWS].join('\n'), { ...options, maxRows: 3 }))).toHaveLength(3);
  });

  it('keeps a caller’s byte limit under the ceiling', () => {
    const huge = ' '.repeat(DELEGATION_IMPORT_LIMITS.ceilingBytes + 1);
    expect(problems(parseDelegationCsv(huge, { ...options, maxBytes: 1e9 }))).toEqual([
      { field: '', code: 'file_too_large', maxBytes: DELEGATION_IMPORT_LIMITS.ceilingBytes },
    ]);
  });

  it('needs the notice in force by its id too', () => {
    expect(problems(parseDelegationCsv([HEADER, ...ROWS].join('\n'), { ...options, consent: { noticeId: 'other-privacy', version: '2' } }))).toEqual([
      { field: 'consent', code: 'consent_outdated', noticeId: 'caca-11-privacy', version: '2' },
    ]);
  });
});
