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
});
