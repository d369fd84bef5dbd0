// @caravan/db: the Prisma client factory (PostgreSQL or embedded PGlite), the generated model
// types, and the offline migration runner. Test helpers live in '@caravan/db/testing'.
export * from './generated/prisma/client.js';
export { createDatabase, type CreateDatabaseOptions, type Database, type DatabaseKind } from './client.js';
export { DbError, isDbError, type DbErrorCode } from './errors.js';
export * from './migrate/index.js';
