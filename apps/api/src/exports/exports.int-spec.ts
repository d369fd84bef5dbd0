import { Global, Injectable, Module } from '@nestjs/common';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { toLocalParts } from '@caravan/tracks';
import { createTestDatabase, type TestDatabase } from '@caravan/db/testing';
import { parse } from 'csv-parse/sync';
import { createLogger } from '../common/logger.js';
import { API_CONFIG, LOGGER } from '../config/config.tokens.js';
import { parseApiEnv } from '../config/env.js';
import { DatabaseModule } from '../database/database.module.js';
import { seedCatalogue, seedForum, type ForumFixture } from '../testing/fixtures.js';
import type { ExportRequest, ExportViewer, ExportViewerResolver } from './export-viewer.js';
import { ExportsModule } from './exports.module.js';
import { icsText, parseIcsEvents } from './testing/parse-ics.js';
import { validateScheduleJson, validateScheduleXml } from './testing/schedule-validators.js';

const config = parseApiEnv({ NODE_ENV: 'test', REDIS_URL: 'off', LOG_LEVEL: 'silent', PUBLIC_URL: 'http://api.test' });

@Global()
@Module({
  providers: [
    { provide: API_CONFIG, useValue: config },
    { provide: LOGGER, useValue: createLogger('silent') },
  ],
  exports: [API_CONFIG, LOGGER],
})
class TestCoreModule {}

/** Stands in for the auth module's binding: one known token organizes the seeded series. */
const grants = new Map<string, ExportViewer>();
@Injectable()
class TokenTableViewerResolver implements ExportViewerResolver {
  resolveViewer(request: ExportRequest): Promise<ExportViewer | null> {
    return Promise.resolve(request.bearerToken === null ? null : (grants.get(request.bearerToken) ?? null));
  }
}

async function startApp(testDb: TestDatabase, exportsModule: typeof ExportsModule | ReturnType<typeof ExportsModule.register>): Promise<NestFastifyApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [TestCoreModule, DatabaseModule.register(testDb.db), exportsModule] }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

type Row = Record<string, string>;

describe(ExportsModule.name, () => {
  let testDb: TestDatabase;
  let app: NestFastifyApplication;
  let orgApp: NestFastifyApplication;
  let forum: ForumFixture;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const prisma = testDb.db.prisma;
    await seedCatalogue(prisma);
    forum = await seedForum(prisma, { sessions: 3 });
    const other = await seedForum(prisma, { slug: 'china-caucasus', number: 1, sessions: 1 });
    const track = await prisma.track.findFirstOrThrow({ where: { editionId: forum.editionId, slug: 'green' } });
    const opening = await prisma.session.findFirstOrThrow({ where: { editionId: forum.editionId, slug: 'opening' } });
    const org = await prisma.organization.findUniqueOrThrow({ where: { slug: 'china-central-asia-secretariat' } });
    await prisma.agreement.create({
      data: {
        editionId: forum.editionId, slug: 'ningxia-samarkand', title: { en: 'Sister regions: Ningxia, Samarkand', ru: 'Побратимство' },
        type: 'SISTER_CITY', status: 'SIGNED', signedOn: new Date('2024-10-26'), trackId: track.id, sessionId: opening.id,
        parties: { create: [{ subdivisionId: 'CN-NX', countryCode: 'CN', position: 0 }, { countryCode: 'UZ', position: 1 }] },
      },
    });
    await prisma.agreement.create({
      data: {
        editionId: forum.editionId, slug: 'solar-park', title: { en: 'Solar park' }, type: 'INVESTMENT', status: 'IN_IMPLEMENTATION',
        valueAmount: '250000000', currency: 'USD', confidential: true,
        parties: { create: [{ organizationId: org.id, position: 0 }, { countryCode: 'KZ', position: 1 }] },
      },
    });
    await prisma.agreement.create({
      data: { editionId: forum.editionId, slug: 'draft-deal', title: { en: 'Draft deal' }, type: 'TRADE', valueAmount: '1000', currency: 'CNY', published: false },
    });
    grants.set('organizer-token', { seriesIdsWithAccess: [forum.seriesId] });
    grants.set('other-series-token', { seriesIdsWithAccess: [other.seriesId] });
    app = await startApp(testDb, ExportsModule);
    orgApp = await startApp(testDb, ExportsModule.register({ viewerResolver: TokenTableViewerResolver }));
  });

  afterAll(async () => {
    await app?.close();
    await orgApp?.close();
    await testDb?.drop();
  });

  describe('programme.ics', () => {
    it('serves the published programme with the opening at its Yinchuan wall-clock time', async () => {
      const res = await app.inject({ method: 'GET', url: '/export/china-central-asia/11/programme.ics' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
      const { calendar, events } = parseIcsEvents(res.body);
      expect(calendar.vcalendar?.['WR-CALNAME']).toBe('China–Central Asia Cooperation Forum 11 · Yinchuan');
      expect(events.map((e) => icsText(e.summary))).toEqual(['Opening plenary', 'Panel 1', 'Panel 2']);
      const opening = events[0];
      expect(opening?.uid).toMatch(/^[0-9a-f-]{36}@china-central-asia\.caravan$/);
      expect(toLocalParts(opening?.start ?? new Date(NaN), 'Asia/Shanghai')).toMatchObject({ date: '2024-10-26', time: '09:30' });
      expect(icsText(opening?.location)).toBe('Hall A');
      expect(opening?.categories).toEqual(['Green development']);
      expect(icsText(opening?.description)).toContain('Speaker: A. Keynote (Minister)');
      expect(res.body).not.toContain('Hidden');
    });

    it('narrows the feed to one track and answers in the requested language', async () => {
      const res = await app.inject({ method: 'GET', url: '/export/china-central-asia/11/programme.ics?track=green&lang=zh-Hans' });
      expect(res.statusCode).toBe(200);
      const { events } = parseIcsEvents(res.body);
      expect(events.map((e) => icsText(e.summary))).toEqual(['开幕式', 'Panel 2']);
    });

    it('answers 304 when the calendar already has this version', async () => {
      const first = await app.inject({ method: 'GET', url: '/export/china-central-asia/11/programme.ics' });
      const again = await app.inject({ method: 'GET', url: '/export/china-central-asia/11/programme.ics', headers: { 'if-none-match': String(first.headers.etag) } });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      const listed = await app.inject({ method: 'GET', url: '/export/china-central-asia/11/programme.ics', headers: { 'if-none-match': `"stale", W/${String(first.headers.etag)}` } });
      expect(listed.statusCode).toBe(304);
      const stale = await app.inject({ method: 'GET', url: '/export/china-central-asia/11/programme.ics', headers: { 'if-none-match': '"stale"' } });
      expect(stale.statusCode).toBe(200);
    });

    it('answers 400 naming the track and the valid slugs', async () => {
      const res = await app.inject({ method: 'GET', url: '/export/china-central-asia/11/programme.ics?track=space' });
      expect(res.statusCode).toBe(400);
      const body = res.json<{ error: { code: string; message: string } }>();
      expect(body.error.code).toBe('BAD_USER_INPUT');
      expect(body.error.message).toContain('"space" is not a track of edition 11 of "china-central-asia"; use one of: green');
    });

    it('answers 404 naming the series or the edition that was not found', async () => {
      const series = await app.inject({ method: 'GET', url: '/export/nowhere/11/programme.ics' });
      expect(series.statusCode).toBe(404);
      expect(series.json()).toEqual({ error: { code: 'NOT_FOUND', message: expect.stringContaining('Series "nowhere" was not found') as string, problems: [] } });
      for (const number of [99, 12]) {
        // 12 exists but is unpublished: visitors must not tell it from a missing one.
        const res = await app.inject({ method: 'GET', url: `/export/china-central-asia/${number}/schedule.json` });
        expect(res.statusCode).toBe(404);
        expect(res.json<{ error: { code: string; message: string } }>().error).toMatchObject({
          code: 'NOT_FOUND',
          message: expect.stringContaining(`Edition ${number} of series "china-central-asia" was not found`) as string,
        });
      }
    });
  });

  describe('schedule.json and schedule.xml', () => {
    it('validates unchanged against the c3voc JSON schema, times in the edition zone', async () => {
      const res = await app.inject({ method: 'GET', url: '/export/china-central-asia/11/schedule.json' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      const doc = res.json<{ schedule: { conference: { acronym: string; time_zone_name: string; days: { date: string; rooms: Record<string, { date: string; title: string; persons: { public_name: string }[] }[]> }[] } } }>();
      expect(validateScheduleJson(doc)).toEqual([]);
      const conference = doc.schedule.conference;
      expect(conference).toMatchObject({ acronym: 'china_central_asia_11', time_zone_name: 'Asia/Shanghai' });
      expect(conference.days.map((d) => d.date)).toEqual(['2024-10-26', '2024-10-27']);
      const hallA = conference.days[0]?.rooms['Hall A'] ?? [];
      expect(hallA.map((e) => [e.title, e.date])).toEqual([
        ['Opening plenary', '2024-10-26T09:30:00+08:00'],
        ['Panel 1', '2024-10-26T10:00:00+08:00'],
        ['Panel 2', '2024-10-26T10:30:00+08:00'],
      ]);
      expect(hallA[0]?.persons.map((p) => p.public_name)).toEqual(['B. Moderator', 'A. Keynote']);
    });

    it('validates unchanged against the c3voc XSD with xmllint', async () => {
      const res = await app.inject({ method: 'GET', url: '/export/china-central-asia/11/schedule.xml?lang=ru' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/vnd.c3voc.schedule+xml; charset=utf-8');
      expect(validateScheduleXml(res.body)).toBeNull();
      expect(res.body).toContain('<title>Форум сотрудничества Китай – Центральная Азия 11 · Yinchuan</title>');
      expect(res.body.match(/<event /g)).toHaveLength(3);
    });
  });

  describe('agreements.csv', () => {
    const url = '/export/china-central-asia/11/agreements.csv';
    const rows = (body: string): Row[] => parse(body, { bom: true, columns: true }) as Row[];

    it('gives visitors published rows without confidential values', async () => {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
      expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(rows(res.body)).toEqual([
        {
          slug: 'ningxia-samarkand', title: 'Sister regions: Ningxia, Samarkand', type: 'SISTER_CITY', status: 'SIGNED',
          parties: 'Ningxia Hui Autonomous Region; Uzbekistan', track: 'Green development', signed_on: '2024-10-26',
          value: '', currency: '', confidential: 'false', session: 'Opening plenary',
        },
        {
          slug: 'solar-park', title: 'Solar park', type: 'INVESTMENT', status: 'IN_IMPLEMENTATION',
          parties: 'Forum Secretariat; Kazakhstan', track: '', signed_on: '', value: '', currency: '', confidential: 'true', session: '',
        },
      ]);
    });

    it('treats a bearer token as a visitor until sign-in is bound (default resolver)', async () => {
      const res = await app.inject({ method: 'GET', url, headers: { authorization: 'Bearer organizer-token' } });
      expect(rows(res.body).map((r) => [r.slug, r.value])).toEqual([['ningxia-samarkand', ''], ['solar-park', '']]);
    });

    it('gives organizers of the series every row and value, privately cached', async () => {
      const res = await orgApp.inject({ method: 'GET', url: `${url}?lang=ru`, headers: { authorization: 'Bearer organizer-token' } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('private, no-cache');
      expect(rows(res.body).map((r) => [r.slug, r.title, r.value, r.currency])).toEqual([
        ['ningxia-samarkand', 'Побратимство', '', ''],
        // Signed ones first by date, then the undated ones by slug.
        ['draft-deal', 'Draft deal', '1000.00', 'CNY'],
        ['solar-park', 'Solar park', '250000000.00', 'USD'],
      ]);
    });

    it('does not open one series to organizers of another', async () => {
      const res = await orgApp.inject({ method: 'GET', url, headers: { authorization: 'Bearer other-series-token' } });
      expect(rows(res.body).map((r) => [r.slug, r.value])).toEqual([['ningxia-samarkand', ''], ['solar-park', '']]);
    });
  });
});
