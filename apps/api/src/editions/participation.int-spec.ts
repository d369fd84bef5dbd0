import { useTestApi } from '../testing/suite-api.js';
import { EditionsService } from './editions.service.js';

interface Participation {
  number: number;
  edition: { number: number; hostCity: { text: string } };
  delegations: number;
  speakers: number;
  sessions: number;
  agreements: number;
  attendance: number | null;
}

const QUERY = `{ participationStats(series: "china-central-asia") { number edition { number hostCity { text } } delegations speakers sessions agreements attendance } }`;

describe(`${EditionsService.name} (participation)`, () => {
  const api = useTestApi({ env: { REDIS_URL: 'off' } });

  it('counts delegations, distinct speakers, sessions and agreements per edition', async () => {
    const sessions = await api.prisma.session.count({ where: { published: true, edition: { number: 11 } } });
    const res = await api.gql<{ participationStats: Participation[] }>(QUERY);
    expect(res.errors).toBeUndefined();
    // The upcoming 12th (demo) edition is published too, with nothing recorded yet; the newest comes first.
    expect(res.data?.participationStats).toEqual([
      { number: 12, edition: { number: 12, hostCity: { text: 'Almaty' } }, delegations: 0, speakers: 0, sessions: 0, agreements: 0, attendance: null },
      { number: 11, edition: { number: 11, hostCity: { text: 'Yinchuan' } }, delegations: 5, speakers: 6, sessions, agreements: 35, attendance: 300 },
    ]);
    expect(sessions).toBeGreaterThan(5);
  });

  it('leaves out what is unpublished', async () => {
    const prisma = api.prisma;
    await prisma.delegation.updateMany({ where: { countryCode: 'KZ' }, data: { published: false } });
    await prisma.person.update({ where: { slug: 'shen-yueyue' }, data: { published: false } });
    await prisma.agreement.updateMany({ where: { type: 'SISTER_CITY' }, data: { published: false } });
    try {
      const res = await api.gql<{ participationStats: Participation[] }>(QUERY);
      expect(res.data?.participationStats.find((row) => row.number === 11)).toMatchObject({ delegations: 4, speakers: 5, agreements: 32 });
      await prisma.edition.updateMany({ where: { number: 11 }, data: { published: false } });
      const hidden = await api.gql<{ participationStats: Participation[] }>(QUERY);
      expect(hidden.data?.participationStats.map((row) => row.number)).toEqual([12]);
    } finally {
      await prisma.edition.updateMany({ where: { number: 11 }, data: { published: true } });
      await prisma.delegation.updateMany({ where: { countryCode: 'KZ' }, data: { published: true } });
      await prisma.person.update({ where: { slug: 'shen-yueyue' }, data: { published: true } });
      await prisma.agreement.updateMany({ where: { type: 'SISTER_CITY' }, data: { published: true } });
    }
  });
});
