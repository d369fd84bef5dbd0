import { useTestApi } from '../testing/suite-api.js';
import { EditionsResolver } from './editions.resolver.js';

interface SessionNode {
  slug: string;
  kind: string;
  languages: string[];
  interpretation: string[];
  room: { slug: string } | null;
}

describe(`${EditionsResolver.name} (session filters)`, () => {
  const api = useTestApi({ env: { REDIS_URL: 'off' } });

  const query = (args: string) =>
    api.gql<{ edition: { all: SessionNode[]; some: SessionNode[] } }>(`{ edition(series: "china-central-asia", number: 11) {
        all: sessions { slug kind languages interpretation room { slug } }
        some: sessions(${args}) { slug kind languages interpretation room { slug } } } }`,
    );

  it('filters by kind, room and language, alone and together', async () => {
    const byKind = await query('kind: SIGNING_CEREMONY');
    expect(byKind.errors).toBeUndefined();
    const all = byKind.data?.edition.all ?? [];
    expect(byKind.data?.edition.some.map((s) => s.slug)).toEqual(all.filter((s) => s.kind === 'SIGNING_CEREMONY').map((s) => s.slug));
    expect(byKind.data?.edition.some.map((s) => s.slug)).toEqual(['signing-ceremony']);

    const byRoom = await query('room: "main-hall"');
    const inMainHall = all.filter((s) => s.room?.slug === 'main-hall').map((s) => s.slug);
    expect(inMainHall.length).toBeGreaterThan(1);
    expect(byRoom.data?.edition.some.map((s) => s.slug)).toEqual(inMainHall);

    const byLanguage = await query('language: "ru"');
    const inRussian = all.filter((s) => s.languages.includes('ru') || s.interpretation.includes('ru')).map((s) => s.slug);
    expect(inRussian.length).toBeGreaterThan(0);
    expect(byLanguage.data?.edition.some.map((s) => s.slug)).toEqual(inRussian);

    const together = await query('room: "main-hall", kind: PLENARY, language: "ru"');
    expect(together.data?.edition.some.map((s) => s.slug)).toEqual(
      all.filter((s) => s.room?.slug === 'main-hall' && s.kind === 'PLENARY' && inRussian.includes(s.slug)).map((s) => s.slug),
    );
    expect((await query('room: "no-such-room"')).data?.edition.some).toEqual([]);
  });

  it('tells an edition of invented demo detail from a reported one', async () => {
    const res = await api.gql<{ reported: { isDemo: boolean }; demo: { isDemo: boolean } }>(
      `{ reported: edition(series: "china-central-asia", number: 11) { isDemo } demo: edition(series: "china-central-asia", number: 12) { isDemo } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ reported: { isDemo: false }, demo: { isDemo: true } });
  });
});
