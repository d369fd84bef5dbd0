// The pieces of `pnpm start` that the embedded default's tests run: a database URL (the
// embedded server, or another target for a control), the demo seed through the seed CLI, and
// api processes from dist/main.js on free ports sharing one signing key, plus a signed-in
// organizer. Test support only (src/**/testing is not built).
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { dbCliPath } from '@caravan/db';
import { API_MAIN } from '../../../bench/src/bench-config.js';
import { startChildServer, type ChildServer } from '../../../bench/src/child-server.js';
import { signInOrganizer, UNLIMITED_MUTATIONS } from '../../../bench/src/organizer-writes.js';

export const CCA_ORGANIZER = { email: 'cca-organizer@caravan.local', password: 'caravan-cca' } as const;

export function seedThroughCli(databaseUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [dbCliPath('seed')], { env: { PATH: process.env['PATH'] ?? '', DATABASE_URL: databaseUrl }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the seed CLI exited with ${code}: ${stderr}`))));
  });
}

export interface ApiProcesses {
  servers: ChildServer[];
  graphqlUrls: string[];
  token: string;
  stop(): Promise<void>;
}

/** `count` api processes on `databaseUrl`, as the launcher starts them, and an organizer's token. */
export async function startApis(databaseUrl: string, count: number, authSecret = randomBytes(48).toString('base64')): Promise<ApiProcesses> {
  const servers: ChildServer[] = [];
  const stop = async (): Promise<void> => void (await Promise.all(servers.map((server) => server.stop())));
  try {
    for (let i = 0; i < count; i += 1) {
      servers.push(
        await startChildServer({
          name: `api-${i + 1}`,
          script: API_MAIN,
          // Thousands of writes by one organizer are the load under test, not abuse to limit.
          env: { NODE_ENV: 'development', DATABASE_URL: databaseUrl, AUTH_SECRET: authSecret, REDIS_URL: 'off', LOG_LEVEL: 'warn', ...UNLIMITED_MUTATIONS },
          readyTimeoutMs: 60_000,
        }),
      );
    }
    const graphqlUrls = servers.map((server) => `${server.baseUrl}/graphql`);
    const token = await signInOrganizer(graphqlUrls[0] as string, CCA_ORGANIZER.email, CCA_ORGANIZER.password);
    return { servers, graphqlUrls, token, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
