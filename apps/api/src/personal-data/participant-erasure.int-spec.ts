// Erasure leaves nothing: a participant who applied with a photo and passport data, was approved
// (mails recorded in the outbox and queued in Redis, audit rows, an idempotent reply) and given a
// badge is erased by an organizer; then every text and JSON column of every table, every file of
// the storage folder and every key of the api's Redis queues is searched for the person's name,
// email and passport number, and none holds them. A second participant, not erased, is still found
// by the same search (so the search can find), and the counts stay.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { OutboxDispatcher } from '../jobs/outbox.dispatcher.js';
import { gradientPng } from '../accreditation/testing/png.js';
import { seedOpenRegistration, SUBMIT, validAnswers, type RegistrationFixture } from '../accreditation/testing/registration-fixture.js';
import { seedEdition, seedOrganizer } from '../testing/fixtures.js';
import { startTestApi, TEST_REDIS_URL, type TestApi } from '../testing/test-api.js';
import { searchDatabase, searchFiles, searchRedis } from './testing/trace-search.js';

const ERASE = `mutation($id: ID!) { eraseParticipant(applicationId: $id) { applicationId reference filesRemoved jobsCleared } }`;
const APPROVE = `mutation($ids: [ID!]!, $reason: String) { approveApplications(ids: $ids, reason: $reason) { id status error } }`;
const PASSPORT = `query($id: ID!) { applicationPassport(applicationId: $id) { number expiryDate nationality dateOfBirth } }`;
const ISSUE = `mutation($id: ID!) { issueBadge(applicationId: $id) { id badgeNumber } }`;

interface Person {
  givenName: string;
  familyName: string;
  email: string;
  passport: string;
}

/** Names of Latin letters only (as the form takes them), unlike any other value of the fixture. */
function person(tag: string): Person {
  const letters = randomUUID().replace(/[^a-f]/g, '').slice(0, 6);
  return { givenName: `Quil${letters}${tag}`, familyName: `Vexbridge${letters}${tag}`, email: `${randomUUID()}@example.org`, passport: `QX${tag.toUpperCase()}${randomUUID().replace(/-/g, '').slice(0, 8).toUpperCase()}` };
}

describe('erasing a participant', () => {
  let api: TestApi;
  let fixture!: RegistrationFixture;
  let storageRoot: string;
  let redis: Redis;
  let token: string;

  beforeAll(async () => {
    storageRoot = await mkdtemp(path.join(tmpdir(), 'caravan-erasure-storage-'));
    api = await startTestApi({
      seed: async (prisma) => {
        fixture = await seedOpenRegistration(prisma, { categories: { business: { optional: ['photo'] } } });
      },
      // Real queues on Redis and no worker: the mails wait in Bull, as they would when the worker is behind.
      env: { STORAGE_LOCAL_ROOT: storageRoot, OUTBOX_POLL_MS: '600000' },
    });
    redis = new Redis(TEST_REDIS_URL);
    const officer = await seedOrganizer(api.prisma, { grants: [{ seriesSlug: fixture.seriesSlug, editionNumber: fixture.editionNumber, role: 'REGISTRATION_OFFICER' }] });
    token = (await api.signIn(officer)).accessToken;
  });
  afterAll(async () => {
    redis?.disconnect();
    await api?.close();
    await rm(storageRoot, { recursive: true, force: true });
  });

  async function apply(who: Person): Promise<string> {
    const upload = await api.app.inject({ method: 'POST', url: `/registration/photos?editionId=${fixture.editionId}`, headers: { 'content-type': 'image/png' }, payload: gradientPng(450, 600) });
    expect(upload.statusCode).toBe(201);
    const answers = validAnswers(fixture, who.email, {
      givenName: who.givenName,
      familyName: who.familyName,
      photo: upload.json<{ photo: string }>().photo,
      visaLetter: true,
      passport: { number: who.passport, expiryDate: '2040-01-01', nationality: 'KZ', dateOfBirth: '1985-03-04' },
    });
    const res = await api.gql<{ submitApplication: { reference: string } }>(
      SUBMIT,
      { input: { editionId: fixture.editionId, category: 'business', language: 'ru', answers } },
      { headers: { 'Idempotency-Key': randomUUID() } },
    );
    expect(res.errors).toBeUndefined();
    const { id } = await api.prisma.application.findUniqueOrThrow({ where: { reference: res.data?.submitApplication.reference ?? '' }, select: { id: true } });
    const approved = await api.gql<{ approveApplications: { status: string }[] }>(APPROVE, { ids: [id], reason: `Invited by the minister: ${who.givenName} ${who.familyName}` }, { token });
    expect(approved.data?.approveApplications[0]?.status).toBe('APPROVED');
    expect((await api.gql(ISSUE, { id }, { token })).errors).toBeUndefined();
    await api.app.get(OutboxDispatcher).kick();
    return id;
  }

  const needles = (who: Person) => [who.givenName, who.familyName, who.email, who.passport];

  async function traces(who: Person): Promise<string[]> {
    const found: string[] = [];
    for (const needle of needles(who)) {
      for (const hit of await searchDatabase(api.prisma, needle)) found.push(`db ${hit}: ${needle}`);
      for (const hit of await searchFiles(storageRoot, needle)) found.push(`file ${hit}: ${needle}`);
      for (const hit of await searchRedis(redis, api.redisKeyPrefix, needle)) found.push(`redis ${hit}: ${needle}`);
    }
    return found;
  }

  it('leaves no name, email or passport number in any table, file or queue, and keeps the counts', async () => {
    const erased = person('e');
    const kept = person('k');
    const erasedId = await apply(erased);
    const keptId = await apply(kept);
    const photoKey = (await api.prisma.application.findUniqueOrThrow({ where: { id: erasedId } })).photoKey ?? '';
    expect(photoKey).not.toBe('');

    // Before: the person is everywhere the search looks (so an empty search below means something).
    const before = await traces(erased);
    expect(before).toEqual(expect.arrayContaining([expect.stringMatching(/^db Application\.answers/), expect.stringMatching(/^db OutboxJob\.payload/), expect.stringMatching(/^redis /)]));
    expect(await searchRedis(redis, api.redisKeyPrefix, erased.email)).not.toEqual([]);
    // The passport number is nowhere in plain text, even before: it is stored encrypted, and officers read it back.
    expect(before.filter((hit) => hit.endsWith(erased.passport))).toEqual([]);
    expect((await api.prisma.application.findUniqueOrThrow({ where: { id: erasedId } })).passportEncrypted).toMatch(/^v1\./);
    expect((await api.gql<{ applicationPassport: { number: string } | null }>(PASSPORT, { id: erasedId }, { token })).data?.applicationPassport?.number).toBe(erased.passport);

    const counts = async () => ({
      applications: await api.prisma.application.count({ where: { editionId: fixture.editionId } }),
      approved: await api.prisma.application.count({ where: { editionId: fixture.editionId, status: 'APPROVED' } }),
      badges: await api.prisma.badge.count({ where: { editionId: fixture.editionId } }),
      places: (await api.prisma.accreditationCategory.findMany({ where: { editionId: fixture.editionId }, select: { approvedCount: true } })).reduce((sum, c) => sum + c.approvedCount, 0),
    });
    const countsBefore = await counts();

    const res = await api.gql<{ eraseParticipant: { applicationId: string; jobsCleared: number } }>(ERASE, { id: erasedId }, { token });
    expect(res.errors).toBeUndefined();
    expect(res.data?.eraseParticipant.applicationId).toBe(erasedId);
    expect(res.data?.eraseParticipant.jobsCleared).toBeGreaterThanOrEqual(2);

    expect(await traces(erased)).toEqual([]);
    expect((await api.prisma.application.findUniqueOrThrow({ where: { id: erasedId } })).passportEncrypted).toBeNull();
    expect((await api.gql<{ applicationPassport: unknown }>(PASSPORT, { id: erasedId }, { token })).data?.applicationPassport).toBeNull();
    await expect(readFile(path.join(storageRoot, photoKey))).rejects.toThrow(/ENOENT/);
    // The other participant is untouched, and the search still finds them.
    expect((await traces(kept)).length).toBeGreaterThan(0);
    expect((await api.prisma.application.findUniqueOrThrow({ where: { id: keptId } })).givenName).toBe(kept.givenName);
    // Counts stay: the application, its approval, its badge and its place are still counted.
    expect(await counts()).toEqual(countsBefore);
    expect(await api.prisma.auditEntry.count({ where: { entityId: erasedId, action: 'delete' } })).toBe(1);
    // The history keeps its statuses (without the reason written about the person).
    const statuses = (await api.prisma.auditEntry.findMany({ where: { entityId: erasedId }, orderBy: { at: 'asc' } })).map((entry) => (entry.after as { status?: string } | null)?.status).filter(Boolean);
    expect(statuses).toEqual(['SUBMITTED', 'APPROVED']);

    // Erasing again completes nothing more and still leaves nothing.
    expect((await api.gql(ERASE, { id: erasedId }, { token })).errors).toBeUndefined();
    expect(await traces(erased)).toEqual([]);
  });

  it('lets only the edition’s registration officers and series admins read passport data', async () => {
    const applicant = person('p');
    const id = await apply(applicant);
    const read = async (who: string | null) => {
      const res = await api.gql<{ applicationPassport: { number: string } | null }>(PASSPORT, { id }, who ? { token: who } : {});
      return res.errors?.[0]?.extensions?.['code'] ?? res.data?.applicationPassport?.number;
    };
    const as = async (grants: Parameters<typeof seedOrganizer>[1]) => (await api.signIn(await seedOrganizer(api.prisma, grants))).accessToken;
    expect(await read(token)).toBe(applicant.passport);
    expect(await read(await as({ grants: [{ seriesSlug: fixture.seriesSlug, role: 'SERIES_ADMIN' }] }))).toBe(applicant.passport);
    expect(await read(await as({ grants: [{ seriesSlug: fixture.seriesSlug, editionNumber: fixture.editionNumber, role: 'MEDIA_OFFICER' }] }))).toBe('FORBIDDEN');
    expect(await read(await as({ grants: [{ seriesSlug: fixture.seriesSlug, editionNumber: fixture.editionNumber, role: 'CHECKIN_STAFF' }] }))).toBe('FORBIDDEN');
    const other = await seedEdition(api.prisma, fixture.seriesId, 77);
    expect(await read(await as({ grants: [{ seriesSlug: fixture.seriesSlug, editionNumber: other.number, role: 'REGISTRATION_OFFICER' }] }))).toBe('FORBIDDEN');
    expect(await read(null)).toBe('UNAUTHENTICATED');
  });

  it('answers NOT_FOUND for an unknown application and changes nothing', async () => {
    const auditBefore = await api.prisma.auditEntry.count();
    const res = await api.gql(ERASE, { id: randomUUID() }, { token });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(await api.prisma.auditEntry.count()).toBe(auditBefore);
  });
});
