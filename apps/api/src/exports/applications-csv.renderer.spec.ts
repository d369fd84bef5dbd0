import { parse } from 'csv-parse/sync';
import { APPLICATION_CSV_COLUMNS, renderApplicationsCsv } from './applications-csv.renderer.js';

describe(renderApplicationsCsv.name, () => {
  const row = {
    reference: 'CCA12-7K3M9Q',
    status: 'APPROVED',
    category: 'media',
    categoryKind: 'MEDIA',
    givenName: 'Aigerim',
    familyName: '=HYPERLINK("http://x")',
    email: 'a@example.org',
    citizenship: 'KZ',
    organization: null,
    outlet: 'Kazinform',
    mediaRole: 'JOURNALIST',
    delegationCountry: null,
    language: 'kk',
    submittedAt: new Date('2026-11-01T08:00:00Z'),
    decidedAt: null,
    decisionReason: 'Accredited, with a comma',
  };

  it('writes one row per application under the header, neutralising formulas', () => {
    const csv = renderApplicationsCsv({ seriesSlug: 'china-central-asia', number: 12, applications: [row] });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, first] = parse(csv.slice(1)) as string[][];
    expect(header).toEqual([...APPLICATION_CSV_COLUMNS]);
    expect(first).toEqual(['CCA12-7K3M9Q', 'APPROVED', 'media', 'MEDIA', 'Aigerim', `'=HYPERLINK("http://x")`, 'a@example.org', 'KZ', '', 'Kazinform', 'JOURNALIST', '', 'kk', '2026-11-01T08:00:00.000Z', '', 'Accredited, with a comma']);
  });
});
