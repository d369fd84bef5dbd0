// A participant's personal data through the mailed link: the export holds their application with
// its passport data and the URL of their photo, which downloads; a forged, expired or foreign
// token and a name that is not one of their files are refused; erasure through the link removes
// them from every table and file, and the link opens nothing afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { MagicLinks } from '../accreditation/magic-links.js';
import { gradientPng } from '../accreditation/testing/png.js';
import { seedOpenRegistration, SUBMIT, validAnswers, type RegistrationFixture } from '../accreditation/testing/registration-fixture.js';
import { startTestApi, type TestApi } from '../testing/test-api.js';
import { searchDatabase, searchFiles } from './testing/trace-search.js';

const EXPORT = `query($token: String!) { myPersonalData(token: $token) { exportedAt data } }`;
const ERASE_MINE = `mutation($token: String!) { eraseMyPersonalData(token: $token) }`;

interface ExportData {
  application: { email: string; givenName: string; answers: Record<string, unknown>; passport: { number: string } | null };
  files: { name: string; size: number; url: string }[];
}

describe('a participant’s personal data through the link', () => {
  let api: TestApi;
  let fixture!: RegistrationFixture;
  let storageRoot: string;
  let links: MagicLinks;

  beforeAll(async () => {
    storageRoot = await mkdtemp(path.join(tmpdir(), 'caravan-my-data-storage-'));
    api = await startTestApi({
      seed: async (prisma) => {
        fixture = await seedOpenRegistration(prisma, { categories: { business: { optional: ['photo'] } } });
      },
      env: { REDIS_URL: 'off', STORAGE_LOCAL_ROOT: storageRoot, OUTBOX_POLL_MS: '600000' },
    });
    links = api.app.get(MagicLinks);
  });
  afterAll(async () => {
    await api?.close();
    await rm(storageRoot, { recursive: true, force: true });
  });

  async function apply(): Promise<{ id: string; email: string; givenName: string; passport: string }> {
    const upload = await api.app.inject({ method: 'POST', url: `/registration/photos?editionId=${fixture.editionId}`, headers: { 'content-type': 'image/png' }, payload: gradientPng(450, 600) });
    const email = `${randomUUID()}@example.org`;
    const givenName = `Orvalde${randomUUID().replace(/[^a-f]/g, '').slice(0, 6)}`;
    const passport = `PZ${randomUUID().replace(/-/g, '').slice(0, 9).toUpperCase()}`;
    const answers = validAnswers(fixture, email, {
      givenName,
      photo: upload.json<{ photo: string }>().photo,
      visaLetter: true,
      passport: { number: passport, expiryDate: '2040-01-01', nationality: 'KZ', dateOfBirth: '1985-03-04' },
    });
    const res = await api.gql<{ submitApplication: { reference: string } }>(SUBMIT, { input: { editionId: fixture.editionId, category: 'business', language: 'en', answers } });
    expect(res.errors).toBeUndefined();
    const { id } = await api.prisma.application.findUniqueOrThrow({ where: { reference: res.data?.submitApplication.reference ?? '' }, select: { id: true } });
    return { id, email, givenName, passport };
  }

  const exportOf = (token: string) => api.gql<{ myPersonalData: { exportedAt: string; data: ExportData } }>(EXPORT, { token });
  const download = (url: string) => api.app.inject({ method: 'GET', url: url.replace('http://api.test', '') });

  it('exports the application with its passport data, and the photo downloads from the listed URL', async () => {
    const participant = await apply();
    const token = await links.token(participant.id);
    const res = await exportOf(token);
    expect(res.errors).toBeUndefined();
    const data = res.data?.myPersonalData.data;
    expect(data?.application).toMatchObject({ email: participant.email, givenName: participant.givenName, passport: { number: participant.passport } });
    expect(data?.application.answers).not.toHaveProperty('passport');
    const photo = data?.files.find((file) => file.name === 'photo.jpg');
    expect(photo).toBeDefined();
    const file = await download(photo?.url ?? '');
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/jpeg');
    expect(file.headers['cache-control']).toBe('private, no-store');
    expect(file.rawPayload.length).toBe(photo?.size);
    expect(file.rawPayload.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
  });

  it('refuses forged and expired tokens, and names that are not the participant’s files', async () => {
    const participant = await apply();
    const expired = await links.token(participant.id, new Date(Date.now() - 8 * 24 * 3600 * 1000));
    for (const token of [expired, `${await links.token(participant.id)}x`, 'not-a-token']) {
      const res = await exportOf(token);
      expect(res.errors?.[0]?.extensions?.['code']).toBe('APPLICATION_LINK_INVALID');
    }
    const token = encodeURIComponent(await links.token(participant.id));
    expect((await download(`/registration/my-data/files/badge.pdf?token=${token}`)).statusCode).toBe(404);
    const refused = await download(`/registration/my-data/files/photo.jpg?token=${encodeURIComponent(expired)}`);
    expect(refused.statusCode).toBe(401);
    expect(refused.body).toContain('APPLICATION_LINK_INVALID');
    expect((await download('/registration/my-data/files/photo.jpg')).statusCode).toBe(400);
  });

  it('erases everything through the link, after which the link opens nothing', async () => {
    const participant = await apply();
    const token = await links.token(participant.id);
    const photoKey = (await api.prisma.application.findUniqueOrThrow({ where: { id: participant.id } })).photoKey ?? '';
    expect(await searchDatabase(api.prisma, participant.givenName)).not.toEqual([]);
    const res = await api.gql<{ eraseMyPersonalData: boolean }>(ERASE_MINE, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data?.eraseMyPersonalData).toBe(true);
    for (const needle of [participant.email, participant.givenName, participant.passport]) {
      expect(await searchDatabase(api.prisma, needle)).toEqual([]);
      expect(await searchFiles(storageRoot, needle)).toEqual([]);
    }
    expect(await searchFiles(storageRoot, path.basename(photoKey))).toEqual([]);
    expect((await exportOf(token)).errors?.[0]?.extensions?.['code']).toBe('APPLICATION_LINK_INVALID');
    expect((await api.gql(ERASE_MINE, { token })).errors?.[0]?.extensions?.['code']).toBe('APPLICATION_LINK_INVALID');
    // The application still counts.
    expect(await api.prisma.application.count({ where: { id: participant.id, status: 'SUBMITTED' } })).toBe(1);
  });
});
