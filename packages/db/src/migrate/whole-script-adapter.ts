// Makes driver adapters run a migration script the way Prisma's native engine does: the whole
// file in one simple-query round trip, which PostgreSQL executes as one implicit transaction.
// Out of the box adapter-pg splits the script on every ';' (breaking function bodies and
// leaving half-applied migrations) and pglite-prisma-adapter does not await the script (a
// failing migration is recorded as applied). Both are patched here, nowhere else.
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';

interface ScriptClient {
  exec?(script: string): Promise<unknown>;
  query(script: string): Promise<unknown>;
  close?(): Promise<void>;
}

/** The two members both adapters have and we rely on: their driver and their error mapper. */
interface AdapterInternals {
  client: ScriptClient;
  onError(error: unknown): never;
}

export interface ScriptFailure {
  message: string;
  code?: string;
}

function patch(
  adapter: SqlDriverAdapter,
  failures: ScriptFailure[],
  closeClientOnDispose: boolean,
): SqlDriverAdapter {
  const internals = adapter as unknown as AdapterInternals;
  const client = internals.client;
  adapter.executeScript = async (script: string): Promise<void> => {
    try {
      // PGlite's query() is the extended protocol (one statement); exec() is the simple one.
      await (client.exec ? client.exec(script) : client.query(script));
    } catch (error) {
      const { message, code } = error as { message?: string; code?: string };
      failures.push({ message: message ?? String(error), ...(code ? { code } : {}) });
      internals.onError(error);
    }
  };
  if (closeClientOnDispose && client.close) {
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await client.close?.();
    };
  }
  return adapter;
}

export function wholeScriptAdapterFactory(
  inner: SqlMigrationAwareDriverAdapterFactory,
  failures: ScriptFailure[],
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => patch(await inner.connect(), failures, false),
    // pglite-prisma-adapter opens a fresh in-memory PGlite as shadow and never closes it.
    connectToShadowDb: async () => patch(await inner.connectToShadowDb(), failures, true),
  };
}
