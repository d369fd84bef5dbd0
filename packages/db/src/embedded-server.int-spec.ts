// The embedded server: reachable through pg and Prisma over TCP, and exclusive on its data dir.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import { createDatabase } from './client.js';
import { DbError } from './errors.js';
import { startEmbeddedServer, type EmbeddedServer } from './embedded-server.js';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

describe(startEmbeddedServer.name, () => {
  let root: string;
  let server: EmbeddedServer;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'caravan-embedded-'));
    server = await startEmbeddedServer({ dataDir: path.join(root, 'pglite'), port: await freePort() });
  });
  afterAll(async () => {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('applies the migrations and serves them to Prisma over the wire protocol', async () => {
    expect(server.applied.length).toBeGreaterThan(0);
    const db = await createDatabase({ databaseUrl: server.url, poolMax: 2 });
    try {
      await db.prisma.region.create({ data: { code: 'south-caucasus', name: { en: 'South Caucasus' }, kind: 'region' } });
      const regions = await db.prisma.region.findMany({ select: { code: true } });
      expect(regions).toEqual([{ code: 'south-caucasus' }]);
    } finally {
      await db.close();
    }
  });

  it('serialises transactions and concurrent queries of several pg clients apart', async () => {
    const pool = new Pool({ connectionString: server.url, max: 3 });
    try {
      const tx = await pool.connect();
      await tx.query('BEGIN');
      await tx.query(`INSERT INTO "Language" (code, name, script) VALUES ('ka', '{"ka":"ქართული"}', 'Geor')`);
      // PGlite is one session: another client's query waits until the transaction ends, and
      // must then not see the rolled-back row (it would if the server interleaved them).
      const outside = pool.query(`SELECT count(*)::int AS n FROM "Language" WHERE code = 'ka'`);
      await tx.query('ROLLBACK');
      tx.release();
      expect((await outside).rows[0].n).toBe(0);

      const sums = await Promise.all([1, 2, 3, 4, 5].map((n) => pool.query('SELECT $1::int * 2 AS v', [n])));
      expect(sums.map((result) => result.rows[0].v)).toEqual([2, 4, 6, 8, 10]);
    } finally {
      await pool.end();
    }
  });

  it('refuses a second server on the same data dir, naming the holder', async () => {
    const second = await startEmbeddedServer({ dataDir: server.dataDir, port: await freePort() }).catch(
      (error: unknown) => error,
    );
    expect(second).toBeInstanceOf(DbError);
    expect((second as DbError).code).toBe('DATA_DIR_LOCKED');
    expect((second as DbError).message).toContain(String(process.pid));
  });
});
