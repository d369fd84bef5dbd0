// createMigration against the committed history: the schema and prisma/migrations agree (a
// drift guard), a schema change yields exactly the new DDL, and bad names are refused.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DbError } from '../errors.js';
import { migrationsDir, schemaPath } from '../paths.js';
import { createMigration } from './create-migration.js';

describe(createMigration.name, () => {
  it('refuses a name that is not lower-case snake case', async () => {
    const failure = await createMigration('Add Notes').catch((error: unknown) => error);
    expect((failure as DbError).code).toBe('MIGRATION_NAME_INVALID');
  });

  it('writes only the change from the committed migrations to an edited schema, and nothing without a change', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'caravan-create-'));
    try {
      const migrations = path.join(dir, 'migrations');
      cpSync(migrationsDir(), migrations, { recursive: true });
      const schemaFile = path.join(dir, 'schema.prisma');
      writeFileSync(schemaFile, readFileSync(schemaPath(), 'utf8'));
      expect(await createMigration('nothing_new', { migrationsDir: migrations, schemaFile })).toBeNull();

      writeFileSync(schemaFile, `${readFileSync(schemaPath(), 'utf8')}\nmodel Note {\n  id   Int    @id\n  body String\n}\n`);
      const created = await createMigration('add_note', {
        migrationsDir: migrations,
        schemaFile,
        now: new Date('2030-01-02T03:04:05Z'),
      });
      expect(created?.name).toBe('20300102030405_add_note');
      expect(created?.sql).toContain('CREATE TABLE "Note"');
      expect(created?.sql).not.toContain('CREATE TABLE "Series"');
      expect(readdirSync(migrations)).toContain('20300102030405_add_note');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
