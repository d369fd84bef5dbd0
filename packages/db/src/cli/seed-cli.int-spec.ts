// `pnpm db:seed` as operators run it (the built CLI): under NODE_ENV=production it refuses with
// SEED_REFUSED before it opens any database, so a deployment never gets the demo accounts.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { dbCliPath } from '../paths.js';

const run = promisify(execFile);

describe('db:seed', () => {
  it('refuses to run under NODE_ENV=production, naming why, before touching the database', async () => {
    expect(existsSync(dbCliPath('seed'))).toBe(true);
    // A server that does not exist: reaching for it would fail with another message.
    const env = { PATH: process.env['PATH'] ?? '', NODE_ENV: 'production', DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none' };
    const failure = await run(process.execPath, [dbCliPath('seed')], { env }).then(
      () => null,
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/^SEED_REFUSED: the demo data set is not seeded under NODE_ENV=production/);
  });
});
