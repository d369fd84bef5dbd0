// @caravan/db: the Prisma client factory (PostgreSQL, or the embedded default), the embedded
// server, the generated model types, and the offline migration runner. Test helpers live in
// '@caravan/db/testing', which only test runners resolve (it is not built).
export * from './generated/prisma/client.js';
export { createDatabase, type CreateDatabaseOptions, type Database, type DatabaseKind, type PoolUse } from './client.js';
export { DbError, isDbError, type DbErrorCode } from './errors.js';
export {
  DEFAULT_EMBEDDED_PORT,
  EMBEDDED_DATABASE,
  findEmbeddedServer,
  startEmbeddedServer,
  useEmbeddedDatabase,
  type EmbeddedDatabase,
  type EmbeddedServer,
  type EmbeddedServerOptions,
} from './embedded-server.js';
export {
  launchEmbeddedServer,
  type EmbeddedServerProcess,
  type LaunchEmbeddedServerOptions,
} from './embedded/embedded-server-process.js';
export { advancePublicCacheGeneration, readPublicCacheGeneration } from './public-cache-generation.js';
export { DATA_DIR_VARIABLE, dbCliPath, defaultDataDir, embeddedLayout, resolveDataDir, type EmbeddedLayout } from './paths.js';
export * from './migrate/index.js';
export { SERIES_SCOPED_MODELS, seriesScopedClient } from './tenancy/series-scoped-client.js';
