// Photo uploads and their storage: a photo whose row does not commit leaves no file behind.
// The write is made to fail at its last statement (a trigger refuses the upload's audit row),
// after the row was written, so the rollback happens where a commit could also fail.
import { editionPrefix, type ObjectStorage } from '@caravan/storage';
import type { JobServices } from '@caravan/jobs';
import { JOB_SERVICES } from '../config/config.tokens.js';
import { startTestApi, type TestApi } from '../testing/test-api.js';
import { gradientPng } from './testing/png.js';
import { seedOpenRegistration, type RegistrationFixture } from './testing/registration-fixture.js';

describe('PhotosController', () => {
  let api: TestApi;
  let fixture!: RegistrationFixture;
  let storage: ObjectStorage;

  beforeAll(async () => {
    api = await startTestApi({
      seed: async (prisma) => {
        fixture = await seedOpenRegistration(prisma, { categories: { business: { optional: ['photo'] } } });
      },
    });
    storage = api.app.get<JobServices>(JOB_SERVICES).storage;
  });
  afterAll(async () => {
    await api?.close();
  });

  const upload = () =>
    api.app.inject({ method: 'POST', url: `/registration/photos?editionId=${fixture.editionId}`, headers: { 'content-type': 'image/png' }, payload: gradientPng(450, 600) });

  async function storedUploads(): Promise<string[]> {
    const keys: string[] = [];
    for await (const object of storage.list(`${editionPrefix(fixture.editionId)}uploads/`)) keys.push(object.key);
    return keys.sort();
  }

  it('leaves no file in storage when the upload\'s transaction rolls back', async () => {
    await api.prisma.$executeRawUnsafe(`
      CREATE FUNCTION refuse_photo_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW."entityType" = 'PhotoUpload' THEN RAISE EXCEPTION 'the audit row of a photo upload is refused by the test'; END IF;
        RETURN NEW;
      END $$`);
    await api.prisma.$executeRawUnsafe(`CREATE TRIGGER refuse_photo_audit BEFORE INSERT ON "AuditEntry" FOR EACH ROW EXECUTE FUNCTION refuse_photo_audit()`);
    try {
      const refused = await upload();
      expect(refused.statusCode).toBe(500);
      expect(await api.prisma.photoUpload.count()).toBe(0);
      expect(await storedUploads()).toEqual([]);
    } finally {
      await api.prisma.$executeRawUnsafe(`DROP TRIGGER refuse_photo_audit ON "AuditEntry"`);
      await api.prisma.$executeRawUnsafe(`DROP FUNCTION refuse_photo_audit()`);
    }
  });

  it('keeps the file of an upload that committed, under the key its row names (the positive control)', async () => {
    const accepted = await upload();
    expect(accepted.statusCode).toBe(201);
    const row = await api.prisma.photoUpload.findUniqueOrThrow({ where: { id: accepted.json<{ photo: string }>().photo } });
    expect(await storedUploads()).toEqual([row.storageKey]);
    expect((await storage.head(row.storageKey))?.contentType).toBe('image/jpeg');
  });
});
