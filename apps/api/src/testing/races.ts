// Concurrency tests: start many requests at the same moment and count how they came out. The
// caller signs in first, so only the writes race.
//
// Left to the scheduler, how many racers check before the first one commits varies from run to
// run. race() makes it certain: while the requests are sent, a transaction of the test holds the
// audit table (every write ends with its audit row), so the first writer stops just before its
// commit; the gate opens only once as many writers as the pool has connections wait on a lock.
// Each of them therefore checked, or tried to, while the first change was written but uncommitted.
import { startEmbeddedTestServer } from '@caravan/db/testing';
import { Client } from 'pg';
import { madeOnFirstUse } from './suite-api.js';
import { startTestApi, type GqlResult, type TestApi, type TestApiOptions } from './test-api.js';

export interface RaceServer {
  name: string;
  /** Starts the server; `server` is what startTestApi({ server }) takes (undefined: the machine's). */
  start(): Promise<{ server: string | undefined; stop(): Promise<void> }>;
}

/**
 * Every concurrency test runs on both: the machine's PostgreSQL (CI's and production's major
 * version) and the embedded default a newcomer gets without DATABASE_URL.
 */
export const RACE_SERVERS: readonly RaceServer[] = [
  { name: 'the machine\'s PostgreSQL', start: async () => ({ server: undefined, stop: async () => undefined }) },
  {
    name: 'the embedded default PostgreSQL',
    start: async () => {
      const embedded = await startEmbeddedTestServer();
      return { server: embedded.adminUrl, stop: () => embedded.stop() };
    },
  },
];

export interface RaceApis {
  /** The app with its guard. */
  api: TestApi;
  /** The negative control: the same app with the guard switched off. */
  unguarded: TestApi;
}

/**
 * For a describe block of one RACE_SERVERS entry: the guarded api and its negative control, each
 * on a database of its own on that server, started before the block's first test (the control
 * with `unguarded` options, then `unguard`, e.g. dropping a constraint) and closed, with the
 * server, after its last. Used like useTestApi (testing/suite-api.ts).
 */
export function useRaceApis(server: RaceServer, control: { unguarded?: TestApiOptions; unguard?: (api: TestApi) => Promise<unknown> }): RaceApis {
  let started: RaceApis | undefined;
  let stopServer: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const { server: adminUrl, stop } = await server.start();
    stopServer = stop;
    const [api, unguarded] = await Promise.all([startTestApi({ server: adminUrl }), startTestApi({ ...control.unguarded, server: adminUrl })]);
    started = { api, unguarded };
    await control.unguard?.(unguarded);
  });
  afterAll(async () => {
    await started?.api.close();
    await started?.unguarded.close();
    await stopServer?.();
  });
  const get = (which: keyof RaceApis) => () => {
    if (!started) throw new Error('the race apis start in beforeAll: use them inside a test or a hook');
    return started[which];
  };
  return { api: madeOnFirstUse('the race api', get('api')), unguarded: madeOnFirstUse('the unguarded race api', get('unguarded')) };
}

/** Connections of the api's pool in a test database (createTestDatabase's default). */
const POOL = 4;

export interface RaceOutcome<T> {
  results: GqlResult<T>[];
  /** How many requests ended with each extensions.code, 'ok' for a success. */
  tally: Record<string, number>;
  /** The field problems of every refused request. */
  problems: { field: string; reason: string }[][];
}

const codeOf = (result: GqlResult<unknown>): string => (result.errors ? String(result.errors[0]?.extensions?.['code']) : 'ok');

async function waitingOnLocks(gate: Client): Promise<number> {
  // Statistics views are read once per transaction unless the snapshot is cleared.
  await gate.query('SELECT pg_stat_clear_snapshot()');
  const res = await gate.query<{ n: string }>(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`);
  return Number(res.rows[0]?.n ?? 0);
}

/** What each other session of the database is doing, for the message of a race that did not happen. */
async function sessions(gate: Client): Promise<string> {
  const res = await gate.query<{ state: string; wait: string; query: string }>(
    `SELECT state, coalesce(wait_event_type || ':' || wait_event, '') AS wait, left(query, 120) AS query FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
  );
  return JSON.stringify(res.rows);
}

/**
 * Runs `racers` calls of `request(i)` at once, held at the gate described above. `gateTable` is
 * the table every racer writes last (AuditEntry for organizers' writes; a write without an
 * audit row names its own, e.g. CheckInScan).
 */
export async function race<T>(api: TestApi, racers: number, request: (i: number) => Promise<GqlResult<T>>, gateTable = 'AuditEntry'): Promise<RaceOutcome<T>> {
  if (!api.url) throw new Error('race() needs a harness that owns its database');
  const gate = new Client({ connectionString: api.url });
  await gate.connect();
  let settled: Promise<GqlResult<T>[]> | undefined;
  try {
    await gate.query('BEGIN');
    await gate.query(`LOCK TABLE "${gateTable}" IN SHARE ROW EXCLUSIVE MODE`);
    settled = Promise.all(Array.from({ length: racers }, (_, i) => request(i)));
    const held = Math.min(racers, POOL);
    // Not a timing assertion: it only waits for the state the race needs, and fails if that never comes.
    for (let polls = 0; (await waitingOnLocks(gate)) < held; polls += 1) {
      if (polls > 1500) throw new Error(`fewer than ${held} writers ever waited on a lock: the race did not happen; the database's sessions then: ${await sessions(gate)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    await gate.query('COMMIT').catch(() => undefined);
    await gate.end();
  }
  const results = await settled;
  const tally: Record<string, number> = {};
  for (const result of results) tally[codeOf(result)] = (tally[codeOf(result)] ?? 0) + 1;
  return {
    results,
    tally,
    problems: results.flatMap((r) => (r.errors ? [(r.errors[0]?.extensions?.['problems'] ?? []) as { field: string; reason: string }[]] : [])),
  };
}
