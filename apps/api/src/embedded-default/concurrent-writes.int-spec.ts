// The embedded default under concurrent organizer writes, through the same code path as
// `pnpm start`: the embedded server process (launchEmbeddedServer), the seed CLI and two api
// processes (dist/main.js). Eight writers send 2,000 createAgreement mutations with one
// organizer's token; every one must succeed and leave exactly its agreement, parties and audit
// row. A SIGKILL of the whole platform during writes must lose no acknowledged write. The
// negative control runs the same writers against the previous default (one PGlite session
// shared by every connection), which must not come out exact.
import { launchEmbeddedServer, type EmbeddedServerProcess } from '@caravan/db';
import { createTempDataDir, type TempDataDir } from '@caravan/db/testing';
import { runOrganizerWrites, type OrganizerWritesResult } from '../../bench/src/organizer-writes.js';
import { startPgliteSocket } from '../../bench/src/pglite-socket-target.js';
import { readWrittenRows } from '../../bench/src/written-rows.js';
import { seedThroughCli, startApis, type ApiProcesses } from './testing/platform-under-test.js';

/** Limits for a 2-core machine that other jobs share; the runs take a fraction of them. */
const SLOW = 300_000;

describe('embedded default: concurrent organizer writes over two api processes', () => {
  let data: TempDataDir;
  let database: EmbeddedServerProcess;
  let apis: ApiProcesses | undefined;

  beforeAll(async () => {
    data = createTempDataDir();
    database = await launchEmbeddedServer({ dataDir: data.path, port: 0 });
    await seedThroughCli(database.url);
    apis = await startApis(database.url, 2);
  }, SLOW);

  afterAll(async () => {
    await apis?.stop();
    await database?.stop();
    data?.remove();
  });

  it('writes 2,000 agreements from 8 writers with no error, each with its parties and one audit row', async () => {
    const live = apis as ApiProcesses;
    const result = await runOrganizerWrites({ graphqlUrls: live.graphqlUrls, token: live.token, writers: 8, mutations: 2000, slugPrefix: 'concurrent' });
    expect(result.errors).toEqual({});
    expect(await readWrittenRows(database.url, 'concurrent', result)).toEqual({
      agreements: 2000,
      parties: 4000,
      auditRows: 2000,
      duplicateSlugs: 0,
      duplicateAuditRows: 0,
      missing: 0,
      exact: true,
    });
  }, SLOW);

  it('keeps every acknowledged write when the platform is killed with SIGKILL mid-run, and starts again cleanly', async () => {
    const live = apis as ApiProcesses;
    let result: OrganizerWritesResult | undefined;
    const writing = runOrganizerWrites({ graphqlUrls: live.graphqlUrls, token: live.token, writers: 8, mutations: 1500, slugPrefix: 'crash' }).then((done) => (result = done));
    // Kill once a good share of the writes is in, while the rest are in flight.
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && (await countCrashRows(database.url)) < 200) await new Promise((r) => setTimeout(r, 50));
    for (const server of live.servers) server.kill('SIGKILL');
    process.kill(-database.pid, 'SIGKILL');
    await Promise.all([writing, database.exited, live.stop()]);
    apis = undefined;

    database = await launchEmbeddedServer({ dataDir: data.path, port: 0 });
    expect(database.postmaster).toBe('crashed');
    const acknowledged = result as OrganizerWritesResult;
    expect(acknowledged.created.length).toBeGreaterThanOrEqual(200);
    const rows = await readWrittenRows(database.url, 'crash', acknowledged);
    expect(rows.missing).toBe(0);
    // A write may commit without its answer reaching the client, never the other way round, and
    // never in part: each agreement arrives with both parties and its audit row.
    expect(rows.agreements).toBeGreaterThanOrEqual(acknowledged.created.length);
    expect(rows.parties).toBe(rows.agreements * 2);
    expect(rows.auditRows).toBe(rows.agreements);
    expect(rows.duplicateSlugs + rows.duplicateAuditRows).toBe(0);
  }, SLOW);
});

async function countCrashRows(url: string): Promise<number> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Agreement" WHERE slug LIKE 'crash-%'`);
    return rows[0]?.n ?? 0;
  } finally {
    await client.end();
  }
}

describe('negative control: the same writers against the previous default (one shared PGlite session)', () => {
  it('does not come out exact', async () => {
    const socket = await startPgliteSocket();
    let apis: ApiProcesses | undefined;
    try {
      await seedThroughCli(socket.url);
      apis = await startApis(socket.url, 2);
      const result = await runOrganizerWrites({ graphqlUrls: apis.graphqlUrls, token: apis.token, writers: 8, mutations: 200, slugPrefix: 'control' });
      const rows = await readWrittenRows(socket.url, 'control', result);
      expect(rows.exact).toBe(false);
      expect(Object.values(result.errors).reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0);
    } finally {
      await apis?.stop();
      await socket.stop();
    }
  }, SLOW);
});
