import { toLocalParts } from '@caravan/tracks';
import { ensureAgreement } from '@caravan/db/seed';
import { parse } from 'csv-parse/sync';
import { seedCatalogue, seedForum, seedOrganizer, type ForumFixture } from '../testing/fixtures.js';
import { startTestApi, type TestApi } from '../testing/test-api.js';
import { ExportsModule } from './exports.module.js';
import { icsText, parseIcsEvents } from './testing/parse-ics.js';
import { validateScheduleJson, validateScheduleXml } from './testing/schedule-validators.js';

type Row = Record<string, string>;

describe(ExportsModule.name, () => {
  let api: TestApi;
  let forum: ForumFixture;
  let organizerToken: string;
  let otherSeriesToken: string;

  beforeAll(async () => {
    api = await startTestApi({
      env: { REDIS_URL: 'off' },
      seed: async (prisma) => {
        await seedCatalogue(prisma);
        forum = await seedForum(prisma, { sessions: 3 });
        await seedForum(prisma, { slug: 'china-caucasus', number: 1, sessions: 1 });
        const edition = { seriesId: forum.seriesId, id: forum.editionId };
        await ensureAgreement(prisma, edition.id, {
          slug: 'ningxia-samarkand', title: { en: 'Sister regions: Ningxia, Samarkand', ru: 'Побратимство' }, type: 'SISTER_CITY', status: 'SIGNED',
          signedOn: '2024-10-26', trackSlug: 'green', sessionSlug: 'opening', parties: [{ subdivisionId: 'CN-NX' }, { subdivisionId: 'UZ-SA' }],
        });
        await ensureAgreement(prisma, edition.id, {
          slug: 'solar-park', title: { en: 'Solar park' }, type: 'INVESTMENT', status: 'IN_IMPLEMENTATION', valueAmount: 250_000_000, currency: 'USD', confidential: true,
          parties: [{ organizationSlug: 'china-central-asia-secretariat' }, { countryCode: 'KZ' }],
        });
        await ensureAgreement(prisma, edition.id, {
          slug: 'draft-deal', title: { en: 'Draft deal' }, type: 'TRADE', valueAmount: 1000, currency: 'CNY', published: false, parties: [{ countryCode: 'CN' }, { countryCode: 'KZ' }],
        });
      },
    });
    const organizer = await seedOrganizer(api.prisma, { grants: [{ seriesSlug: 'china-central-asia', role: 'PROGRAMME_EDITOR' }] });
    const other = await seedOrganizer(api.prisma, { grants: [{ seriesSlug: 'china-caucasus', role: 'SERIES_ADMIN' }] });
    organizerToken = (await api.signIn(organizer)).accessToken;
    otherSeriesToken = (await api.signIn(other)).accessToken;
  });

  afterAll(async () => {
    await api?.close();
  });

  const get = (url: string, headers: Record<string, string> = {}) => api.app.inject({ method: 'GET', url, headers });

  describe('programme.ics', () => {
    it('serves the published programme with the opening at its Yinchuan wall-clock time', async () => {
      const res = await get('/export/china-central-asia/11/programme.ics');
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
      const res = await get('/export/china-central-asia/11/programme.ics?track=green&lang=zh-Hans');
      expect(res.statusCode).toBe(200);
      const { events } = parseIcsEvents(res.body);
      expect(events.map((e) => icsText(e.summary))).toEqual(['开幕式', 'Panel 2']);
    });

    it('answers 304 when the calendar already has this version', async () => {
      const first = await get('/export/china-central-asia/11/programme.ics');
      const again = await get('/export/china-central-asia/11/programme.ics', { 'if-none-match': String(first.headers.etag) });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      const listed = await get('/export/china-central-asia/11/programme.ics', { 'if-none-match': `"stale", W/${String(first.headers.etag)}` });
      expect(listed.statusCode).toBe(304);
      const stale = await get('/export/china-central-asia/11/programme.ics', { 'if-none-match': '"stale"' });
      expect(stale.statusCode).toBe(200);
    });

    it('answers 400 naming the track and the valid slugs', async () => {
      const res = await get('/export/china-central-asia/11/programme.ics?track=space');
      expect(res.statusCode).toBe(400);
      const body = res.json<{ error: { code: string; message: string } }>();
      expect(body.error.code).toBe('BAD_USER_INPUT');
      expect(body.error.message).toContain('"space" is not a track of edition 11 of "china-central-asia"; use one of: green');
    });

    it('answers 404 naming the series or the edition that was not found', async () => {
      const series = await get('/export/nowhere/11/programme.ics');
      expect(series.statusCode).toBe(404);
      expect(series.json()).toEqual({ error: { code: 'NOT_FOUND', message: expect.stringContaining('Series "nowhere" was not found') as string, problems: [] } });
      for (const number of [99, 12]) {
        // 12 exists but is unpublished: visitors must not tell it from a missing one.
        const res = await get(`/export/china-central-asia/${number}/schedule.json`);
        expect(res.statusCode).toBe(404);
        expect(res.json<{ error: { code: string; message: string } }>().error).toMatchObject({
          code: 'NOT_FOUND',
          message: expect.stringContaining(`Edition ${number} of series "china-central-asia" was not found`) as string,
        });
      }
    });

    it('answers 404 with a clear body for an address that is not canonical, on every export URL', async () => {
      expect((await get('/export/china-central-asia/11/schedule.json')).statusCode).toBe(200);
      for (const number of ['011', '1e1', '0x0B', '99999999999999', '%2B11']) {
        for (const file of ['programme.ics', 'schedule.json', 'schedule.xml', 'agreements.csv', 'programme.md']) {
          const res = await get(`/export/china-central-asia/${number}/${file}`);
          expect({ number, file, status: res.statusCode }).toEqual({ number, file, status: 404 });
          expect(res.json()).toEqual({
            error: {
              code: 'NOT_FOUND',
              message:
                'No edition has this address. Export URLs look like /export/china-central-asia/11/programme.ics: a series slug in lower case, then the edition number without leading zeros.',
              problems: [],
            },
          });
        }
      }
      expect((await get('/export/Bad_Slug/11/programme.ics')).statusCode).toBe(404);
    });

    it('answers 404 naming the files there are for a file name it does not serve', async () => {
      const res = await get('/export/china-central-asia/11/programme.pdf');
      expect(res.statusCode).toBe(404);
      expect(res.json<{ error: { code: string; message: string } }>().error).toMatchObject({
        code: 'NOT_FOUND',
        message: 'Export file "programme.pdf" was not found. The files are programme.ics, schedule.json, schedule.xml, agreements.csv.',
      });
    });
  });

  describe('schedule.json and schedule.xml', () => {
    it('validates unchanged against the c3voc JSON schema, times in the edition zone', async () => {
      const res = await get('/export/china-central-asia/11/schedule.json');
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
      const res = await get('/export/china-central-asia/11/schedule.xml?lang=ru');
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
      const res = await get(url);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
      expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      expect(rows(res.body)).toEqual([
        {
          slug: 'ningxia-samarkand', title: 'Sister regions: Ningxia, Samarkand', type: 'SISTER_CITY', status: 'SIGNED',
          parties: 'Ningxia Hui Autonomous Region; Samarkand Region', track: 'Green development', signed_on: '2024-10-26',
          value: '', currency: '', confidential: 'false', session: 'Opening plenary',
        },
        {
          slug: 'solar-park', title: 'Solar park', type: 'INVESTMENT', status: 'IN_IMPLEMENTATION',
          parties: 'Forum Secretariat; Kazakhstan', track: '', signed_on: '', value: '', currency: '', confidential: 'true', session: '',
        },
      ]);
    });

    it('treats a token it cannot verify as a visitor', async () => {
      const res = await get(url, { authorization: 'Bearer not-a-token-this-api-issued' });
      expect(rows(res.body).map((r) => [r.slug, r.value])).toEqual([['ningxia-samarkand', ''], ['solar-park', '']]);
    });

    it('gives organizers of the series every row and value, privately cached', async () => {
      const res = await get(`${url}?lang=ru`, { authorization: `Bearer ${organizerToken}` });
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
      const res = await get(url, { authorization: `Bearer ${otherSeriesToken}` });
      expect(rows(res.body).map((r) => [r.slug, r.value])).toEqual([['ningxia-samarkand', ''], ['solar-park', '']]);
    });
  });
});
