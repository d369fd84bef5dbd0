// createDatabase opens both kinds and the client reads and writes through the adapter.
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDatabase } from './client.js';
import { DbError } from './errors.js';
import { createTestDatabase } from './testing.js';

describe(createDatabase.name, () => {
  it('opens PostgreSQL when given a URL', async () => {
    const test = await createTestDatabase();
    try {
      const db = await createDatabase({ databaseUrl: test.url, poolMax: 2 });
      try {
        expect(db.kind).toBe('postgres');
        await db.prisma.region.create({ data: { code: 'central-asia', name: { en: 'Central Asia' }, kind: 'region' } });
        const found = await test.db.prisma.region.findUniqueOrThrow({ where: { code: 'central-asia' } });
        expect(found.name).toEqual({ en: 'Central Asia' });
      } finally {
        await db.close();
      }
    } finally {
      await test.drop();
    }
  });

  it('opens a file-backed PGlite without a URL, migrates it, and locks its data dir while open', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'caravan-pglite-'));
    const dataDir = path.join(root, 'pglite');
    try {
      const db = await createDatabase({ dataDir, migrate: true });
      expect(db.kind).toBe('pglite');
      expect(existsSync(`${dataDir}.lock`)).toBe(true);
      const second = await createDatabase({ dataDir }).catch((error: unknown) => error);
      expect(second).toBeInstanceOf(DbError);
      expect((second as DbError).code).toBe('DATA_DIR_LOCKED');

      await db.prisma.language.create({ data: { code: 'ru', name: { ru: 'Русский' }, script: 'Cyrl' } });
      await db.close();
      expect(existsSync(`${dataDir}.lock`)).toBe(false);

      const reopened = await createDatabase({ dataDir });
      try {
        const language = await reopened.prisma.language.findUniqueOrThrow({ where: { code: 'ru' } });
        expect(language).toMatchObject({ script: 'Cyrl', direction: 'ltr', name: { ru: 'Русский' } });
      } finally {
        await reopened.close();
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
