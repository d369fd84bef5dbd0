// Prisma CLI configuration. The datasource URL lives here (Prisma 7) and is only needed by CLI
// commands that talk to a database; our own migration runner (src/migrate) does that offline.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/caravan' },
});
