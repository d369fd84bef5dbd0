// What a migration runs against: a PostgreSQL URL or an open PGlite instance. Each engine
// session binds the target through a driver adapter and cleans up after itself.
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { readFileSync } from 'node:fs';
import { Pool } from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { DbError } from '../errors.js';
import { PGLITE_EXTENSIONS } from './pglite-extensions.js';
import { schemaPath } from '../paths.js';
import { loadSchemaEngine, type SchemaEngine } from './schema-engine-loader.js';
import { wholeScriptAdapterFactory, type ScriptFailure } from './whole-script-adapter.js';

export type MigrationTarget = { databaseUrl: string } | { pglite: PGlite };

export interface EngineSession {
  engine: SchemaEngine;
  /** Errors the database raised while running migration scripts, in order. */
  scriptFailures: ScriptFailure[];
}

/**
 * pglite-prisma-adapter opens its shadow database without extensions; the shadow replays the
 * migrations, so it gets the ones they create.
 */
function pgliteFactory(pglite: PGlite): PrismaPGlite {
  const factory = new PrismaPGlite(pglite);
  factory.connectToShadowDb = () => new PrismaPGlite(new PGlite('memory://shadow', { extensions: PGLITE_EXTENSIONS })).connect();
  return factory;
}

/** Runs `work` with a schema engine bound to `target`, then frees the engine and its pool. */
export async function withSchemaEngine<T>(
  target: MigrationTarget,
  work: (session: EngineSession) => Promise<T>,
  options: { schemaFile?: string } = {},
): Promise<T> {
  const { SchemaEngine } = await loadSchemaEngine();
  const pool = 'databaseUrl' in target ? new Pool({ connectionString: target.databaseUrl, max: 2 }) : undefined;
  // See client.ts: a server-closed idle connection must not crash the process.
  pool?.on('error', () => undefined);
  const scriptFailures: ScriptFailure[] = [];
  const factory = wholeScriptAdapterFactory(
    pool ? new PrismaPg(pool) : pgliteFactory((target as { pglite: PGlite }).pglite),
    scriptFailures,
  );
  const file = options.schemaFile ?? schemaPath();
  let engine: SchemaEngine | undefined;
  try {
    engine = await SchemaEngine.new(
      { datamodels: [[file, readFileSync(file, 'utf8')]] },
      // The engine's tracing output; failures reach us as rejected promises instead.
      () => undefined,
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    return await work({ engine, scriptFailures });
  } catch (error) {
    if (error instanceof DbError) throw error;
    throw new DbError('SCHEMA_ENGINE_FAILED', (error as Error).message ?? String(error), { cause: error });
  } finally {
    engine?.free();
    await pool?.end();
  }
}
