// Optimistic concurrency on the records organizers edit: every update mutation takes the
// version the edit is based on (expectedVersion) and refuses a stale one with STALE_EDIT,
// writing nothing; two edits based on the same version at the same moment cannot both land.
// The negative control sends the same racing edits without expectedVersion: all of them land,
// each silently overwriting the one before.
import { buildSchema, isObjectType } from 'graphql';
import { readFile } from 'node:fs/promises';
import { SCHEMA_FILE } from '../../app.module.js';
import { race } from '../../testing/races.js';
import { useTestApi } from '../../testing/suite-api.js';
import { RowLocks } from './row-locks.js';

const CREATE_SESSION = `mutation($input: CreateSessionInput!) { createSession(series: "china-central-asia", number: 11, input: $input) { id version } }`;
const UPDATE_SESSION = `mutation($id: ID!, $input: UpdateSessionInput!, $expectedVersion: Int) {
  updateSession(id: $id, input: $input, expectedVersion: $expectedVersion) { id version title { text } } }`;
const RACERS = 8;

interface Updated {
  updateSession: { id: string; version: number; title: { text: string } };
}

describe(`edit versions (${RowLocks.name})`, () => {
  const api = useTestApi();

  async function newSession(slug: string): Promise<{ id: string; version: number }> {
    const input = { slug, kind: 'PANEL', title: [{ language: 'en', text: 'First title' }], languages: ['en'], date: '2024-10-28', startTime: '18:00', endTime: '19:00' };
    const res = await api.as('ccaOrganizer').gql<{ createSession: { id: string; version: number } }>(CREATE_SESSION, { input });
    if (!res.data) throw new Error(`creating ${slug} failed: ${JSON.stringify(res.errors)}`);
    return res.data.createSession;
  }

  const retitle = (id: string, text: string, expectedVersion?: number) =>
    api.as('ccaOrganizer').gql<Updated>(UPDATE_SESSION, { id, input: { title: [{ language: 'en', text }] }, ...(expectedVersion === undefined ? {} : { expectedVersion }) });

  it('takes an edit based on the current version and raises it; refuses one based on an older version, naming both, and writes nothing', async () => {
    const session = await newSession('versioned-edit');
    expect(session.version).toBe(1);
    const first = await retitle(session.id, 'Second title', 1);
    expect(first.data?.updateSession).toMatchObject({ version: 2, title: { text: 'Second title' } });

    const audit = await api.prisma.auditEntry.count({ where: { entityId: session.id } });
    const stale = await retitle(session.id, 'Stale title', 1);
    expect(stale.errors?.[0]?.extensions).toEqual({
      code: 'STALE_EDIT',
      currentVersion: 2,
      problems: [{ field: 'expectedVersion', reason: 'the session is at version 2, not 1: someone changed it since you loaded it; reload it and reapply your change' }],
    });
    const row = await api.prisma.session.findUniqueOrThrow({ where: { id: session.id } });
    expect({ version: row.version, title: row.title }).toEqual({ version: 2, title: { en: 'Second title' } });
    expect(await api.prisma.auditEntry.count({ where: { entityId: session.id } })).toBe(audit);

    // A client that sends no version (an older one) still edits, and the edit still counts.
    const unversioned = await retitle(session.id, 'Third title');
    expect(unversioned.data?.updateSession.version).toBe(3);
  });

  it('lets one of many edits based on the same version land; the others get STALE_EDIT', async () => {
    const session = await newSession('versioned-race');
    const token = await api.token('ccaOrganizer');
    const outcome = await race<Updated>(api, RACERS, (i) => api.gql(UPDATE_SESSION, { id: session.id, input: { title: [{ language: 'en', text: `Edit ${i}` }] }, expectedVersion: 1 }, { token }));
    expect(outcome.tally).toEqual({ ok: 1, STALE_EDIT: RACERS - 1 });
    expect((await api.prisma.session.findUniqueOrThrow({ where: { id: session.id } })).version).toBe(2);
  });

  it('negative control: the same racing edits without expectedVersion all land, each overwriting the last', async () => {
    const session = await newSession('unversioned-race');
    const token = await api.token('ccaOrganizer');
    const outcome = await race<Updated>(api, RACERS, (i) => api.gql(UPDATE_SESSION, { id: session.id, input: { title: [{ language: 'en', text: `Edit ${i}` }] } }, { token }));
    expect(outcome.tally).toEqual({ ok: RACERS });
    expect((await api.prisma.session.findUniqueOrThrow({ where: { id: session.id } })).version).toBe(1 + RACERS);
  });

  it('gives every update mutation an expectedVersion argument, and the type it answers a version field', async () => {
    const schema = buildSchema(await readFile(SCHEMA_FILE, 'utf8'));
    const updates = Object.values(schema.getMutationType()?.getFields() ?? {}).filter((field) => field.name.startsWith('update'));
    expect(updates.length).toBeGreaterThanOrEqual(11);
    for (const field of updates) {
      expect({ field: field.name, arg: field.args.find((a) => a.name === 'expectedVersion')?.type.toString() }).toEqual({ field: field.name, arg: 'Int' });
      const answer = schema.getType(field.type.toString().replace(/!$/, ''));
      expect({ field: field.name, version: isObjectType(answer) ? answer.getFields()['version']?.type.toString() : undefined }).toEqual({ field: field.name, version: 'Int!' });
    }
  });
});
