import { QUEUE_RETENTION } from '@caravan/jobs';
import { AppModule } from './app.module.js';
import { OutboxDispatcher } from './jobs/outbox.dispatcher.js';
import { QUEUE_MAP, type QueueMap } from './jobs/queues.provider.js';
import { startTestApi, type TestApi } from './testing/test-api.js';
import { seedCatalogueAndForum, seedOrganizer, type ForumFixture, type OrganizerFixture } from './testing/fixtures.js';

describe(AppModule.name, () => {
  let api: TestApi;
  let forum: ForumFixture;
  let editor: OrganizerFixture;

  beforeAll(async () => {
    api = await startTestApi({
      seed: async (prisma) => {
        forum = await seedCatalogueAndForum(prisma, { sessions: 3 });
        editor = await seedOrganizer(prisma, { grants: [{ seriesSlug: 'china-central-asia', role: 'PROGRAMME_EDITOR' }] });
      },
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('lists published series with their region, countries and focus tracks', async () => {
    const res = await api.gql<{ seriesList: { slug: string; name: { text: string }; region: { code: string }; countries: { code: string }[]; focusTracks: { slug: string }[]; editions: { number: number }[]; latestEdition: { number: number } }[] }>(`{ seriesList(lang: "en") { slug name { text } region { code } countries { code } focusTracks { slug } editions { number } latestEdition { number } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.seriesList).toEqual([
      {
        slug: 'china-central-asia',
        name: { text: 'China–Central Asia Cooperation Forum' },
        region: { code: 'central-asia' },
        countries: [{ code: 'CN' }, { code: 'KZ' }, { code: 'UZ' }],
        focusTracks: [{ slug: 'green-development' }],
        editions: [{ number: 11 }],
        latestEdition: { number: 11 },
      },
    ]);
  });

  it('answers series in the requested language and null for an unknown slug', async () => {
    const res = await api.gql<{ ru: { name: { text: string; language: string; fallback: boolean } }; missing: null }>(`{ ru: series(slug: "china-central-asia", lang: "ru") { name { text language fallback } } missing: series(slug: "nowhere") { slug } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.ru.name).toEqual({ text: 'Форум сотрудничества Китай – Центральная Азия', language: 'ru', fallback: false });
    expect(res.data?.missing).toBeNull();
  });

  it("gives the programme at Yinchuan's wall-clock time with speakers by role", async () => {
    const res = await api.gql<{ edition: { hostCity: { text: string }; hostSubdivision: { isoCode: string }; programmeDays: string[]; startDate: string; series: { slug: string }; sessions: { slug: string; startsAt: string; localDate: string; localStart: string; localEnd: string; timeZone: string; room: { name: { text: string }; venueName: { text: string } }; speakers: { role: string; person: { slug: string; country: { code: string } } }[] }[]; delegations: { country: { code: string }; head: { slug: string }; members: { slug: string }[] }[] } }>(`query($s: String!, $n: Int!) { edition(series: $s, number: $n, lang: "zh-Hans") {
        hostCity { text } hostSubdivision { isoCode } programmeDays startDate series { slug }
        sessions { slug startsAt localDate localStart localEnd timeZone room { name { text } venueName { text } }
          speakers { role person { slug country { code } } } }
        delegations { country { code } head { slug } members { slug } } } }`,
      { s: forum.seriesSlug, n: forum.editionNumber },
    );
    expect(res.errors).toBeUndefined();
    const edition = res.data?.edition;
    expect(edition?.hostCity.text).toBe('银川');
    expect(edition?.hostSubdivision.isoCode).toBe('CN-NX');
    expect(edition?.series.slug).toBe('china-central-asia');
    expect(edition?.startDate).toBe('2024-10-26');
    expect(edition?.programmeDays).toEqual(['2024-10-26']);
    expect(edition?.sessions.map((s) => s.slug)).toEqual(['opening', 'session-1', 'session-2']);
    expect(edition?.sessions[0]).toMatchObject({
      startsAt: '2024-10-26T01:30:00.000Z',
      localDate: '2024-10-26',
      localStart: '09:30',
      localEnd: '10:00',
      timeZone: 'Asia/Shanghai',
      room: { name: { text: 'Hall A' }, venueName: { text: 'Expo Centre' } },
    });
    expect(edition?.sessions[0]?.speakers.map((s) => s.role)).toEqual(['MODERATOR', 'SPEAKER']);
    expect(edition?.sessions[0]?.speakers[1]?.person).toEqual({ slug: 'china-central-asia-keynote', country: { code: 'KZ' } });
    expect(edition?.delegations).toEqual([
      { country: { code: 'KZ' }, head: { slug: 'china-central-asia-keynote' }, members: [{ slug: 'china-central-asia-keynote' }] },
    ]);
  });

  it('filters sessions by local day and track', async () => {
    const res = await api.gql<{ edition: { green: { slug: string }[]; otherDay: { slug: string }[] } }>(`{ edition(series: "china-central-asia", number: 11) { green: sessions(track: "green") { slug } otherDay: sessions(day: "2024-10-27") { slug } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.edition.green.map((s) => s.slug)).toEqual(['opening', 'session-2']);
    expect(res.data?.edition.otherDay).toEqual([]);
  });

  it('falls back to English when the requested language has no text', async () => {
    const res = await api.gql<{ edition: { theme: { text: string; language: string; fallback: boolean } } }>(`{ edition(series: "china-central-asia", number: 11, lang: "kk") { theme { text language fallback } } }`,
    );
    expect(res.data?.edition.theme).toEqual({ text: 'Working together for shared growth', language: 'en', fallback: true });
  });

  it('answers NOT_FOUND for an unknown or unpublished edition', async () => {
    const res = await api.gql<{ edition: null }>(`{ edition(series: "china-central-asia", number: 12) { id } }`);
    expect(res.data?.edition).toBeNull();
    expect(res.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    expect(res.errors?.[0]?.message).toContain('Edition 12 of series "china-central-asia" was not found');
  });

  it('answers BAD_USER_INPUT naming the field for a malformed argument', async () => {
    const res = await api.gql<{ edition: null }>(`{ edition(series: "China Central Asia", number: 0, lang: "not a tag") { id } }`);
    expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.extensions?.['problems']).toEqual([
      { field: 'lang', reason: 'must be a BCP 47 language tag such as "en", "ru" or "zh-Hans"' },
    ]);
  });

  it('rejects a query the schema does not allow with 400 and a validation code', async () => {
    const res = await api.gql<null>(`{ nope }`);
    expect(res.statusCode).toBe(400);
    expect(res.errors?.[0]?.message).toBe('Cannot query field "nope" on type "Query".');
    expect(res.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('reports database and redis in /health', async () => {
    const res = await api.app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    // No worker runs here, so the jobs section makes it degraded (see health/health.int-spec.ts).
    expect(res.json()).toMatchObject({
      database: { status: 'up', kind: 'postgres' },
      redis: { status: 'up' },
      migrations: { status: 'current', pending: [] },
      jobs: { mode: 'queue' },
    });
  });

  it('answers 404 with a clear JSON error before the programme document exists', async () => {
    const res = await api.app.inject({ method: 'GET', url: '/export/china-central-asia/11/programme.md' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
    expect(res.json<{ error: { message: string } }>().error.message).toContain('requestProgrammeDocument');
  });

  it('records a programme request in the outbox and hands it to Bull', async () => {
    const res = await api.gql<{ requestProgrammeDocument: { jobId: string; status: string } }>(`mutation { requestProgrammeDocument(series: "china-central-asia", number: 11) { jobId status } }`,
      {},
      { token: (await api.signIn(editor)).accessToken },
    );
    expect(res.errors).toBeUndefined();
    const jobId = res.data?.requestProgrammeDocument.jobId ?? '';
    expect(res.data?.requestProgrammeDocument.status).toBe('PENDING');
    const row = await api.prisma.outboxJob.findUniqueOrThrow({ where: { id: jobId } });
    expect(row).toMatchObject({ queue: 'documents', name: 'edition.programme.render', version: 1, payload: { editionId: forum.editionId } });

    await api.app.get(OutboxDispatcher).kick();
    const dispatched = await api.prisma.outboxJob.findUniqueOrThrow({ where: { id: jobId } });
    expect(dispatched.status).toBe('DISPATCHED');
    const queue = api.app.get<QueueMap>(QUEUE_MAP).get('documents');
    const job = await queue?.getJob(jobId);
    expect(job?.name).toBe('edition.programme.render');
    expect(job?.data).toEqual({ outboxId: jobId, version: 1, payload: { editionId: forum.editionId }, requestId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(job?.opts.attempts).toBe(5);
    // Redis keeps no job forever: the queue's retention travels with the job.
    expect(job?.opts.removeOnComplete).toEqual(QUEUE_RETENTION.documents.completed);
    expect(job?.opts.removeOnFail).toEqual(QUEUE_RETENTION.documents.failed);
  });
});
