// A room holds one session at a time even when organizers book it at the same moment: many
// simultaneous createSession (or updateSession moving into the slot) for the main hall, on the
// real PostgreSQL. The programme check reads, then writes, and cannot see an uncommitted
// booking; the exclusion constraint Session_room_time_excl refuses the second one, and the loser
// gets the same ROOM_OVERLAP naming both sessions that a later booking gets. The negative control
// runs the same races on a database without the constraint: more than one booking wins.
import { englishText as en } from '../../testing/graphql-inputs.js';
import { race, RACE_SERVERS, useRaceApis } from '../../testing/races.js';
import type { TestApi } from '../../testing/test-api.js';
import { SessionsWriter } from './sessions.writer.js';

const CREATE_SESSION = `mutation($input: CreateSessionInput!) { createSession(series: "china-central-asia", number: 11, input: $input) { id slug } }`;
const UPDATE_SESSION = `mutation($id: ID!, $input: UpdateSessionInput!) { updateSession(id: $id, input: $input) { id slug } }`;
const RACERS = 8;

const panel = (slug: string, input: Record<string, unknown>) => ({ slug, kind: 'PANEL', title: en(`Panel ${slug}`), languages: ['en'], date: '2024-10-28', ...input });

interface Booked {
  createSession?: { id: string; slug: string };
  updateSession?: { id: string; slug: string };
}

async function mainHall(api: TestApi): Promise<string> {
  const room = await api.prisma.room.findFirstOrThrow({ where: { slug: 'main-hall', venue: { edition: { number: 11, series: { slug: 'china-central-asia' } } } } });
  return room.id;
}

/** Sessions in the main hall that overlap [from, to) (UTC). */
const bookedBetween = async (api: TestApi, roomId: string, from: string, to: string) =>
  api.prisma.session.findMany({ where: { roomId, startsAt: { lt: new Date(to) }, endsAt: { gt: new Date(from) } }, select: { slug: true } });

/** RACERS creates of the main hall, 28 October 10:00–11:00 in Yinchuan (02:00–03:00 UTC). */
async function raceCreates(api: TestApi, prefix: string) {
  const token = await api.token('ccaOrganizer');
  const roomId = await mainHall(api);
  const outcome = await race<Booked>(api, RACERS, (i) => api.gql(CREATE_SESSION, { input: panel(`${prefix}-${i}`, { startTime: '10:00', endTime: '11:00', roomId }) }, { token }));
  return { ...outcome, booked: await bookedBetween(api, roomId, '2024-10-28T02:00:00Z', '2024-10-28T03:00:00Z') };
}

/** RACERS sessions without a room at 14:00–15:00, then all moved into the main hall at once. */
async function raceMoves(api: TestApi, prefix: string) {
  const token = await api.token('ccaOrganizer');
  const roomId = await mainHall(api);
  const ids: string[] = [];
  for (let i = 0; i < RACERS; i += 1) {
    const res = await api.gql<Booked>(CREATE_SESSION, { input: panel(`${prefix}-${i}`, { startTime: '14:00', endTime: '15:00' }) }, { token });
    if (!res.data?.createSession) throw new Error(`setting up ${prefix}-${i} failed: ${JSON.stringify(res.errors)}`);
    ids.push(res.data.createSession.id);
  }
  const outcome = await race<Booked>(api, RACERS, (i) => api.gql(UPDATE_SESSION, { id: ids[i], input: { roomId } }, { token }));
  return { ...outcome, booked: await bookedBetween(api, roomId, '2024-10-28T06:00:00Z', '2024-10-28T07:00:00Z') };
}

describe.each(RACE_SERVERS)(`room double-booking under concurrency on $name (${SessionsWriter.name})`, (server) => {
  // The guard switched off: the same app on a database without the exclusion constraint.
  const { api, unguarded } = useRaceApis(server, {
    unguard: (control) => control.prisma.$executeRawUnsafe('ALTER TABLE "Session" DROP CONSTRAINT "Session_room_time_excl"'),
  });

  it('lets exactly one of many simultaneous bookings of the main hall win; the others get ROOM_OVERLAP naming both sessions', async () => {
    const outcome = await raceCreates(api, 'create-race');
    expect({ tally: outcome.tally, booked: outcome.booked.length }).toEqual({ tally: { ok: 1, BAD_USER_INPUT: RACERS - 1 }, booked: 1 });
    const winner = outcome.booked[0]?.slug;
    outcome.results.forEach((result, i) => {
      if (!result.errors) return;
      const [problem, ...more] = (result.errors[0]?.extensions?.['problems'] ?? []) as { field: string; reason: string }[];
      expect(more).toEqual([]);
      expect(problem?.field).toBe('roomId');
      expect(problem?.reason).toMatch(/^ROOM_OVERLAP: /);
      expect(problem?.reason).toContain(`Panel ${winner} [${winner}]`);
      expect(problem?.reason).toContain(`Panel create-race-${i} [create-race-${i}]`);
      expect(problem?.reason).toContain('yinchuan-convention-centre/main-hall');
    });
    // A refused booking wrote nothing: one session and one audit row for the whole race.
    expect(await api.prisma.session.count({ where: { slug: { startsWith: 'create-race-' } } })).toBe(1);
    expect(await api.prisma.auditEntry.count({ where: { entityType: 'Session', action: 'create', after: { path: ['slug'], string_starts_with: 'create-race-' } } })).toBe(1);
  });

  it('lets exactly one of many sessions moved into the same slot at once have it', async () => {
    const outcome = await raceMoves(api, 'move-race');
    expect({ tally: outcome.tally, booked: outcome.booked.length }).toEqual({ tally: { ok: 1, BAD_USER_INPUT: RACERS - 1 }, booked: 1 });
    for (const problems of outcome.problems) {
      expect(problems.map((p) => p.field)).toEqual(['roomId']);
      expect(problems[0]?.reason).toContain(`[${outcome.booked[0]?.slug}]`);
    }
  });

  it('negative control: without the constraint the same races book the main hall more than once', async () => {
    const creates = await raceCreates(unguarded, 'create-race');
    const moves = await raceMoves(unguarded, 'move-race');
    expect(creates.booked.length).toBeGreaterThan(1);
    expect(creates.tally['ok']).toBe(creates.booked.length);
    expect(moves.booked.length).toBeGreaterThan(1);
    expect(moves.tally['ok']).toBe(moves.booked.length);
  });
});
