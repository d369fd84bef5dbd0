// The embedded default in-process: PostgreSQL's own server on a throwaway data dir, its
// isolation, restarts, the lock, a taken port, and the previous default's PGlite folder.
import { PGlite } from '@electric-sql/pglite';
import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { createDatabase } from './client.js';
import { findEmbeddedServer, startEmbeddedServer, useEmbeddedDatabase, type EmbeddedServer } from './embedded-server.js';
import { DbError } from './errors.js';
import { applyMigrations } from './migrate/apply-migrations.js';
import { PGLITE_EXTENSIONS } from './migrate/pglite-extensions.js';
import { embeddedLayout } from './paths.js';
import { createTempDataDir, rollbackAmidCommits, type TempDataDir } from './testing/index.js';

async function failure(promise: Promise<unknown>): Promise<DbError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof DbError)) throw new Error(`expected a DbError, got ${String(error)}`);
  return error;
}

describe(startEmbeddedServer.name, () => {
  let data: TempDataDir;
  let server: EmbeddedServer;

  beforeAll(async () => {
    data = createTempDataDir();
    server = await startEmbeddedServer({ dataDir: data.path, port: 0 });
  });
  afterAll(async () => {
    await server.stop();
    data.remove();
  });

  it('initialises a PostgreSQL 15 cluster in <dataDir>/postgres, migrates it and serves Prisma', async () => {
    expect(server.applied.length).toBeGreaterThan(0);
    expect(existsSync(path.join(embeddedLayout(data.path).cluster, 'PG_VERSION'))).toBe(true);
    const db = await createDatabase({ databaseUrl: server.url, poolMax: 2 });
    try {
      const [shown] = await db.prisma.$queryRawUnsafe<{ server_version: string }[]>('SHOW server_version');
      expect(shown?.server_version).toMatch(/^15\./);
      await db.prisma.region.create({ data: { code: 'south-caucasus', name: { en: 'South Caucasus' }, kind: 'region' } });
      expect(await db.prisma.region.count()).toBe(1);
    } finally {
      await db.close();
    }
  });

  it('keeps a rolled-back transaction from taking the other connections\' commits with it', async () => {
    const outcome = await rollbackAmidCommits(server.url, { writers: 16 });
    expect(outcome).toEqual({ committed: 16, survived: 16, rolledBackVisible: false, sawUncommitted: false });
  });

  it('negative control: writes sent through the transaction\'s own session are lost with it', async () => {
    const outcome = await rollbackAmidCommits(server.url, { writers: 16, shareSession: true });
    expect(outcome.survived).toBe(0);
    expect(outcome.sawUncommitted).toBe(true);
  });

  it('refuses a second server on the data dir, naming the holder, and lets clients find the first', async () => {
    const second = await failure(startEmbeddedServer({ dataDir: data.path, port: 0 }));
    expect(second.code).toBe('DATA_DIR_LOCKED');
    expect(second.message).toContain(`pid ${process.pid}`);
    expect(findEmbeddedServer(data.path)).toBe(server.url);
    const shared = await useEmbeddedDatabase(data.path);
    expect(shared.url).toBe(server.url);
    await shared.release();
    expect(findEmbeddedServer(data.path)).toBe(server.url);
  });
});

describe('embedded server lifecycle', () => {
  let data: TempDataDir;
  beforeEach(() => {
    data = createTempDataDir();
  });
  afterEach(() => data.remove());

  it('keeps the data across a stop and a start, and a client without a URL starts and stops a private server', async () => {
    const first = await startEmbeddedServer({ dataDir: data.path, port: 0 });
    const db = await createDatabase({ databaseUrl: first.url, poolMax: 1 });
    await db.prisma.language.create({ data: { code: 'ka', name: { ka: 'ქართული' }, script: 'Geor' } });
    await db.close();
    await first.stop();
    expect(findEmbeddedServer(data.path)).toBeUndefined();

    const client = await createDatabase({ dataDir: data.path, poolMax: 1 });
    try {
      expect(client.kind).toBe('embedded');
      expect(findEmbeddedServer(data.path)).toMatch(/^postgresql:\/\/postgres:[0-9a-f]+@127\.0\.0\.1:\d+\/caravan$/);
      expect(await client.prisma.language.findUniqueOrThrow({ where: { code: 'ka' } })).toMatchObject({ script: 'Geor', name: { ka: 'ქართული' } });
    } finally {
      await client.close();
    }
    expect(findEmbeddedServer(data.path)).toBeUndefined();
  });

  it('says which port is taken and how to choose another', async () => {
    const squatter: Server = createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const address = squatter.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const error = await failure(startEmbeddedServer({ dataDir: data.path, port }));
      expect(error.code).toBe('EMBEDDED_PORT_IN_USE');
      expect(error.message).toContain(`port ${port} on 127.0.0.1 is taken by another program`);
      expect(error.message).toContain('EMBEDDED_DB_PORT');
      expect(findEmbeddedServer(data.path)).toBeUndefined();
    } finally {
      squatter.close();
    }
  });

  it('imports the previous default\'s PGlite folder, keeps it aside, and serves its data', async () => {
    const layout = embeddedLayout(data.path);
    const pglite = await PGlite.create(layout.pglite, { extensions: PGLITE_EXTENSIONS });
    await applyMigrations({ pglite });
    await pglite.query(`INSERT INTO "Language" (code, name, script) VALUES ('hy', '{"hy":"Հայերեն"}', 'Armn')`);
    await pglite.query(`INSERT INTO "Region" (code, name, kind) VALUES ('central-asia', '{"en":"Central Asia"}', 'region')`);
    await pglite.close();

    const server = await startEmbeddedServer({ dataDir: data.path, port: 0 });
    try {
      expect(server.imported?.rows).toMatchObject({ Language: 1, Region: 1, Series: 0 });
      expect(existsSync(layout.pglite)).toBe(false);
      expect(existsSync(layout.pgliteImported)).toBe(true);
      expect(existsSync(layout.importing)).toBe(false);
      const db = await createDatabase({ databaseUrl: server.url, poolMax: 1 });
      try {
        expect(await db.prisma.language.findUniqueOrThrow({ where: { code: 'hy' } })).toMatchObject({ name: { hy: 'Հայերեն' }, script: 'Armn' });
      } finally {
        await db.close();
      }
    } finally {
      await server.stop();
    }
  });

  it('refuses a data dir that holds both a cluster and a PGlite folder, saying which folder to move', async () => {
    const layout = embeddedLayout(data.path);
    const server = await startEmbeddedServer({ dataDir: data.path, port: 0, migrate: false });
    await server.stop();
    mkdirSync(layout.pglite);
    writeFileSync(path.join(layout.pglite, 'PG_VERSION'), '17\n');
    const error = await failure(startEmbeddedServer({ dataDir: data.path, port: 0 }));
    expect(error.code).toBe('DATA_DIR_AMBIGUOUS');
    expect(error.message).toContain(`move ${layout.pglite} out of ${data.path}`);
    expect(readdirSync(layout.pglite)).toEqual(['PG_VERSION']);
  });

  it('refuses a PGlite folder that the previous default\'s server still has open', async () => {
    const layout = embeddedLayout(data.path);
    mkdirSync(layout.pglite);
    writeFileSync(layout.pgliteLock, `${process.ppid}\n`);
    const error = await failure(startEmbeddedServer({ dataDir: data.path, port: 0 }));
    expect(error.code).toBe('DATA_DIR_LOCKED');
    expect(error.message).toContain(`open in process ${process.ppid}`);
    expect(existsSync(layout.pglite)).toBe(true);
  });

  it('finishes an import that stopped between setting the PGlite folder aside and naming the cluster', async () => {
    const layout = embeddedLayout(data.path);
    const server = await startEmbeddedServer({ dataDir: data.path, port: 0 });
    await server.stop();
    renameSync(layout.cluster, layout.importing);
    mkdirSync(layout.pgliteImported);
    const again = await startEmbeddedServer({ dataDir: data.path, port: 0 });
    await again.stop();
    expect(existsSync(path.join(layout.cluster, 'PG_VERSION'))).toBe(true);
    expect(existsSync(layout.importing)).toBe(false);
  });
});
