// agreements.csv as the real app serves it: signed-in organizers of the series see confidential
// values and drafts; organizers of another series, visitors and stale tokens see the public view.
import { parse } from 'csv-parse/sync';
import { startTestApi, type TestApi } from '../testing/test-api.js';
import { AuthExportViewerResolver } from './export-viewer.resolver.js';

type Row = Record<string, string>;
const URL = '/export/china-central-asia/11/agreements.csv';

describe(AuthExportViewerResolver.name, () => {
  let api: TestApi;
  let confidentialSlugs: string[];

  beforeAll(async () => {
    api = await startTestApi();
    const confidential = await api.prisma.agreement.findMany({ where: { confidential: true, published: true }, select: { slug: true } });
    confidentialSlugs = confidential.map((agreement) => agreement.slug);
  });

  afterAll(async () => {
    await api?.close();
  });

  async function csvAs(token: string | null): Promise<Row[]> {
    const res = await api.app.inject({ method: 'GET', url: URL, headers: token === null ? {} : { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(200);
    return parse(res.body, { bom: true, columns: true }) as Row[];
  }

  const confidentialValues = (rows: Row[]) => rows.filter((row) => confidentialSlugs.includes(row['slug'] ?? '')).map((row) => row['value']);

  it('the demo data has confidential agreements with values to hide', () => {
    expect(confidentialSlugs.length).toBeGreaterThan(0);
  });

  it('shows organizers of the series the confidential values', async () => {
    const values = confidentialValues(await csvAs(await api.token('ccaOrganizer')));
    expect(values).toHaveLength(confidentialSlugs.length);
    for (const value of values) expect(value).toMatch(/^\d+\.\d{2}$/);
  });

  it('shows platform admins the confidential values', async () => {
    expect(confidentialValues(await csvAs(await api.token('platformAdmin'))).every((value) => value !== '')).toBe(true);
  });

  it.each([
    ['an organizer of another series', 'caucasusOrganizer'],
    ['a visitor', null],
    ['a forged token', 'forged'],
  ] as const)('hides them from %s', async (_who, as) => {
    const token = as === null ? null : as === 'forged' ? 'eyJhbGciOiJIUzI1NiJ9.e30.forged' : await api.token(as);
    const values = confidentialValues(await csvAs(token));
    expect(values).toHaveLength(confidentialSlugs.length);
    expect(values.every((value) => value === '')).toBe(true);
  });
});
