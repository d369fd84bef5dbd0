// Unique values under concurrent creates, on the real PostgreSQL: many organizers creating the
// same person slug at the same moment. The unique index decides; the loser's unique violation is
// translated into the same ALREADY_TAKEN error a sequential duplicate gets, never an internal one.
import { startTestApi, type TestApi } from '../../testing/test-api.js';
import { toAppError } from '../errors/translate-error.js';

const CREATE = `mutation($input: CreatePersonInput!) { createPerson(series: "china-central-asia", input: $input) { id } }`;
const RACERS = 8;

interface Race {
  /** extensions.code per request, null for a success. */
  codes: (string | null)[];
  problems: unknown[];
  rows: number;
}

/** Sends RACERS creates of one slug at once (after signing in, so only the creates race). */
async function race(api: TestApi, slug: string): Promise<Race> {
  const token = await api.token('ccaOrganizer');
  const input = { slug, name: [{ language: 'en', text: 'Race Person' }], position: [{ language: 'en', text: 'Racer' }] };
  const results = await Promise.all(Array.from({ length: RACERS }, () => api.gql<{ createPerson: { id: string } }>(CREATE, { input }, { token })));
  return {
    codes: results.map((res) => (res.errors ? String(res.errors[0]?.extensions?.['code']) : null)),
    problems: results.flatMap((res) => (res.errors ? [res.errors[0]?.extensions?.['problems']] : [])),
    rows: await api.prisma.person.count({ where: { slug } }),
  };
}

const tally = (codes: (string | null)[]) => codes.reduce<Record<string, number>>((acc, code) => ({ ...acc, [code ?? 'ok']: (acc[code ?? 'ok'] ?? 0) + 1 }), {});

describe(`unique values (${toAppError.name})`, () => {
  let api: TestApi;
  let unguarded: TestApi;

  beforeAll(async () => {
    [api, unguarded] = await Promise.all([startTestApi(), startTestApi()]);
    // The guard switched off: the same app on a database without the unique index on Person.slug.
    await unguarded.prisma.$executeRawUnsafe('DROP INDEX "Person_slug_key"');
  });

  afterAll(async () => {
    await api?.close();
    await unguarded?.close();
  });

  it('lets exactly one of many simultaneous creates of a slug win; every other one gets ALREADY_TAKEN naming the slug', async () => {
    const outcome = await race(api, 'race-person');
    expect({ tally: tally(outcome.codes), rows: outcome.rows }).toEqual({ tally: { ok: 1, ALREADY_TAKEN: RACERS - 1 }, rows: 1 });
    for (const problems of outcome.problems) {
      expect(problems).toEqual([{ field: 'slug', reason: 'is already taken by another person; choose another slug' }]);
    }
  });

  it('answers a later duplicate with the very same error', async () => {
    const again = await race(api, 'race-person');
    expect(tally(again.codes)).toEqual({ ALREADY_TAKEN: RACERS });
    expect(again.rows).toBe(1);
  });

  it('negative control: without the unique index the same race writes the slug several times', async () => {
    const outcome = await race(unguarded, 'race-person');
    expect(outcome.rows).toBeGreaterThan(1);
    expect(tally(outcome.codes)).toEqual({ ok: RACERS });
  });
});
