// The embedded server as `pnpm start` runs it: dist/cli/embedded.js in a process group of its
// own. A SIGKILL of the whole group (crash), of the server process alone (PostgreSQL orphaned)
// or of its parent, then a start on the same data dir: committed rows are there, and the start
// is clean. Needs the package built (turbo's test task builds it first).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { DbError } from '../errors.js';
import { embeddedLayout, packageRoot } from '../paths.js';
import { createTempDataDir, type TempDataDir } from '../testing/index.js';
import { launchEmbeddedServer } from './embedded-server-process.js';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !check(); waited += 50) {
    if (waited > 30_000) throw new Error(`timed out waiting until ${what}`);
    await sleep(50);
  }
}

async function sql<T>(url: string, text: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

describe(launchEmbeddedServer.name, () => {
  let data: TempDataDir;
  beforeEach(() => {
    data = createTempDataDir();
  });
  afterEach(() => data.remove());

  it('comes back with every committed row after a SIGKILL of its group, and after one of the server process alone', async () => {
    const first = await launchEmbeddedServer({ dataDir: data.path, port: 0 });
    await sql(first.url, `INSERT INTO "Language" (code, name, script) VALUES ('kk', '{"kk":"Қазақ тілі"}', 'Cyrl')`);
    process.kill(-first.pid, 'SIGKILL');
    await first.exited;
    await until(() => !alive(first.postmasterPid), 'the postmaster is gone');
    expect(existsSync(path.join(embeddedLayout(data.path).cluster, 'postmaster.pid'))).toBe(true);

    const second = await launchEmbeddedServer({ dataDir: data.path, port: 0 });
    expect(second.postmaster).toBe('crashed');
    expect(await sql(second.url, `SELECT code FROM "Language"`)).toEqual([{ code: 'kk' }]);
    await sql(second.url, `INSERT INTO "Language" (code, name, script) VALUES ('ky', '{"ky":"Кыргыз тили"}', 'Cyrl')`);
    process.kill(second.pid, 'SIGKILL');
    await second.exited;
    expect(alive(second.postmasterPid)).toBe(true);

    const third = await launchEmbeddedServer({ dataDir: data.path, port: 0 });
    try {
      expect(third.postmaster).toBe('orphan-stopped');
      await until(() => !alive(second.postmasterPid), 'the orphaned postmaster is gone');
      expect(await sql(third.url, `SELECT code FROM "Language" ORDER BY code`)).toEqual([{ code: 'kk' }, { code: 'ky' }]);
    } finally {
      await third.stop();
    }
    await until(() => !alive(third.postmasterPid), 'the postmaster is gone');
  });

  it('stops PostgreSQL by itself when the process that launched it is killed', async () => {
    const script = `require(${JSON.stringify(path.join(packageRoot(), 'dist', 'index.js'))}).launchEmbeddedServer({ dataDir: ${JSON.stringify(data.path)}, port: 0, migrate: false })
      .then((s) => process.stdout.write(JSON.stringify({ pid: s.pid, postmasterPid: s.postmasterPid }) + '\\n'))`;
    const parent = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const line = await new Promise<string>((resolve) => parent.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString())));
    const { pid, postmasterPid } = JSON.parse(line) as { pid: number; postmasterPid: number };
    parent.kill('SIGKILL');
    await until(() => !alive(postmasterPid) && !alive(pid), 'the server saw its parent go and stopped');
    expect(existsSync(embeddedLayout(data.path).lock)).toBe(false);
  });

  it('reports a taken port and a data dir served by another process in words', async () => {
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(0, '127.0.0.1', resolve));
    const address = squatter.address();
    const taken = typeof address === 'object' && address ? address.port : 0;
    try {
      const refused = await launchEmbeddedServer({ dataDir: data.path, port: taken }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(DbError);
      expect((refused as DbError).code).toBe('EMBEDDED_PORT_IN_USE');
      expect((refused as DbError).message).toContain(`port ${taken} on 127.0.0.1 is taken by another program`);
    } finally {
      squatter.close();
    }
    const running = await launchEmbeddedServer({ dataDir: data.path, port: 0, migrate: false });
    try {
      const second = await launchEmbeddedServer({ dataDir: data.path, port: 0 }).catch((error: unknown) => error);
      expect((second as DbError).code).toBe('DATA_DIR_LOCKED');
      expect((second as DbError).message).toContain(`already served by process ${running.pid} on port ${running.port}`);
    } finally {
      await running.stop();
    }
  });
});
