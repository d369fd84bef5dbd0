// The search query through GraphQL on the demo data: names in their scripts, the title in the
// page's language beside the variant that matched, published records only, and
// clear field errors for text that cannot be searched.
import { useTestApi } from '../testing/suite-api.js';

const SEARCH = `query($text: String!, $series: String, $kinds: [SearchKind!], $first: Int, $lang: String) {
  search(text: $text, series: $series, kinds: $kinds, first: $first, lang: $lang) {
    kind slug seriesSlug editionNumber rank title { text language fallback } matched { text language }
  }
}`;

interface Hit {
  kind: string;
  slug: string;
  seriesSlug: string | null;
  editionNumber: number | null;
  rank: number;
  title: { text: string; language: string; fallback: boolean };
  matched: { text: string; language: string };
}

const api = useTestApi();

const search = async (variables: Record<string, unknown>, as: 'ccaOrganizer' | 'caucasusOrganizer' | null = null): Promise<Hit[]> => {
  const res = await api.gql<{ search: Hit[] }>(SEARCH, variables, { as });
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.search;
};

describe('search', () => {
  it('finds a delegate by the Chinese spelling of the name and answers in the page language', async () => {
    const hits = await search({ text: '拜萨洛夫', lang: 'ru' });
    expect(hits).toEqual([
      expect.objectContaining({
        kind: 'PERSON',
        slug: 'edil-baisalov',
        seriesSlug: 'china-central-asia',
        title: { text: 'Эдиль Байсалов', language: 'ru', fallback: false },
        matched: { text: '埃迪尔·拜萨洛夫', language: 'zh-Hans' },
      }),
    ]);
  });

  it('finds sessions by a Russian word in any case, with their edition', async () => {
    const hits = await search({ text: 'РЕГИСТРАЦИЯ', kinds: ['SESSION'] });
    expect(hits.map((hit) => hit.slug)).toContain('arrival-registration');
    expect(hits.every((hit) => hit.kind === 'SESSION' && hit.seriesSlug === 'china-central-asia' && hit.editionNumber === 11)).toBe(true);
  });

  it('finds a draft for nobody, and finds it once it is published', async () => {
    const created = await api.gql<{ createPerson: { slug: string } }>(
      `mutation($input: CreatePersonInput!) { createPerson(series: "china-central-asia", input: $input) { slug } }`,
      { input: { slug: 'zhanar-draft', name: [{ language: 'en', text: 'Zhanar Unannounced' }, { language: 'kk', text: 'Жанар Жарияланбаған' }], position: [{ language: 'en', text: 'Speaker to be announced' }], published: false } },
      { as: 'ccaOrganizer' },
    );
    expect(created.errors).toBeUndefined();
    expect(await search({ text: 'Жарияланбаған' })).toEqual([]);
    expect(await search({ text: 'Жарияланбаған' }, 'ccaOrganizer')).toEqual([]);
    const published = await api.gql(`mutation { publishPerson(slug: "zhanar-draft") { slug } }`, {}, { as: 'ccaOrganizer' });
    expect(published.errors).toBeUndefined();
    const [hit] = await search({ text: 'Жарияланбаған', lang: 'kk' });
    expect(hit).toMatchObject({ slug: 'zhanar-draft', title: { text: 'Жанар Жарияланбаған', language: 'kk' }, matched: { language: 'kk' } });
  });

  it('keeps to one series when asked, and answers an unknown series with no hits', async () => {
    expect(await search({ text: 'Baisalov', series: 'china-caucasus' })).toEqual([]);
    expect(await search({ text: 'Baisalov', series: 'no-such-series' })).toEqual([]);
    expect((await search({ text: 'Baisalov', series: 'china-central-asia' })).map((hit) => hit.slug)).toEqual(['edil-baisalov']);
  });

  it('refuses text it cannot search with a field error, and takes SQL and wildcards as text', async () => {
    for (const [text, reason] of [
      ['   ', 'type at least one character'],
      ['x'.repeat(201), 'must be at most 200 characters'],
      ['bell\u0007ring', 'must not contain control characters (other than tab and line breaks)'],
    ] as const) {
      const res = await api.gql(SEARCH, { text });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'text', reason }] });
    }
    expect(await search({ text: "'; DROP TABLE \"Person\"; --" })).toEqual([]);
    expect((await search({ text: '%', first: 5 })).length).toBeLessThanOrEqual(5);
    expect(await api.prisma.person.count()).toBeGreaterThan(0);
  });
});
