// The three readers of an edition's programme (GraphQL, the schedule export, the worker's
// programme document) read it through the one programme read model, so they agree. The session
// here lists its people in the database enum's order (keynote, speaker, moderator); every reader
// must show the programme order instead: keynote, moderator, speaker.
import { ensurePerson, ensureSession } from '@caravan/db/seed';
import { renderProgramme } from '@caravan/jobs/handlers/render-programme';
import { seedCatalogueAndForum, type ForumFixture } from '../testing/fixtures.js';
import { startTestApi, type TestApi } from '../testing/test-api.js';
import { ProgrammeService } from './programme.service.js';

const PROGRAMME_ORDER = ['K. Keynote', 'M. Moderator', 'S. Speaker'];

describe(`${ProgrammeService.name} and the other programme readers`, () => {
  let api: TestApi;
  let forum: ForumFixture;

  beforeAll(async () => {
    api = await startTestApi({
      env: { REDIS_URL: 'off' },
      seed: async (prisma) => {
        forum = await seedCatalogueAndForum(prisma, { sessions: 1 });
        for (const [slug, name] of [['k-keynote', 'K. Keynote'], ['m-moderator', 'M. Moderator'], ['s-speaker', 'S. Speaker']] as const) {
          await ensurePerson(prisma, { slug, name: { en: name }, position: { en: 'Delegate' } });
        }
        const edition = await prisma.edition.findUniqueOrThrow({ where: { id: forum.editionId } });
        const rooms = new Map((await prisma.room.findMany({ where: { venue: { editionId: edition.id } } })).map((room) => [room.slug, room]));
        await ensureSession(prisma, edition, rooms, {
          slug: 'panel-of-three',
          kind: 'PANEL',
          title: { en: 'Panel of three' },
          date: '2024-10-27',
          from: '10:00',
          to: '11:00',
          roomSlug: 'hall-a',
          languages: ['en'],
          participants: [
            { personSlug: 's-speaker', role: 'SPEAKER' },
            { personSlug: 'm-moderator', role: 'MODERATOR' },
            { personSlug: 'k-keynote', role: 'KEYNOTE' },
          ],
        });
      },
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('the fixture discriminates: the database order of the roles is not the programme order', async () => {
    const session = await api.prisma.session.findFirstOrThrow({ where: { slug: 'panel-of-three' } });
    const byEnum = await api.prisma.sessionParticipant.findMany({ where: { sessionId: session.id }, orderBy: [{ role: 'asc' }, { position: 'asc' }], include: { person: true } });
    expect(byEnum.map((p) => (p.person.name as { en: string }).en)).not.toEqual(PROGRAMME_ORDER);
  });

  it('GraphQL, schedule.json and the programme document list the speakers in the same programme order', async () => {
    const res = await api.gql<{ edition: { sessions: { slug: string; speakers: { person: { name: { text: string } } }[] }[] } }>(
      `{ edition(series: "china-central-asia", number: 11) { sessions { slug speakers { person { name { text } } } } } }`,
    );
    const graphql = res.data?.edition.sessions.find((s) => s.slug === 'panel-of-three')?.speakers.map((s) => s.person.name.text);

    const schedule = (await api.app.inject({ method: 'GET', url: '/export/china-central-asia/11/schedule.json' })).json<{
      schedule: { conference: { days: { rooms: Record<string, { slug: string; persons: { public_name: string }[] }[]> }[] } };
    }>();
    const events = schedule.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat());
    const exported = events.find((event) => event.slug.endsWith('panel-of-three'))?.persons.map((p) => p.public_name);

    const markdown = await renderProgramme(api.prisma, forum.editionId);
    const line = markdown.split('\n').findIndex((l) => l.includes('Panel of three'));
    const documented = [...(markdown.split('\n')[line + 1] ?? '').matchAll(/([A-Z]\. [A-Za-z]+) \(/g)].map((m) => m[1]);

    expect({ graphql, exported, documented }).toEqual({ graphql: PROGRAMME_ORDER, exported: PROGRAMME_ORDER, documented: PROGRAMME_ORDER });
  });

  it('all three leave out the same draft session', async () => {
    const res = await api.gql<{ edition: { sessions: { slug: string }[] } }>(`{ edition(series: "china-central-asia", number: 11) { sessions { slug } } }`);
    const ics = (await api.app.inject({ method: 'GET', url: '/export/china-central-asia/11/programme.ics' })).body;
    const markdown = await renderProgramme(api.prisma, forum.editionId);
    expect(res.data?.edition.sessions.map((s) => s.slug)).not.toContain('hidden');
    expect([ics.includes('Hidden'), markdown.includes('Hidden')]).toEqual([false, false]);
  });
});
