// The embedded default (ADR 025) as a server for test databases: the server process the
// launcher of `pnpm start` runs (launchEmbeddedServer), on a throwaway data directory and a free
// port. Hand its adminUrl to createTestDatabase (or the api harness) to run a suite on it instead
// of on the machine's PostgreSQL.
import { launchEmbeddedServer } from '@caravan/db';
import { createTempDataDir } from './temp-data-dir.js';

export interface EmbeddedTestServer {
  /** URL of a database on the server, for creating and dropping test databases. */
  adminUrl: string;
  /** Stops the server and removes its data directory. */
  stop(): Promise<void>;
}

export async function startEmbeddedTestServer(): Promise<EmbeddedTestServer> {
  const data = createTempDataDir('caravan-embedded-test-');
  try {
    // Test databases are migrated one by one; the server's own database needs no tables.
    const server = await launchEmbeddedServer({ dataDir: data.path, port: 0, migrate: false });
    return {
      adminUrl: server.url,
      async stop() {
        await server.stop();
        data.remove();
      },
    };
  } catch (error) {
    data.remove();
    throw error;
  }
}
