import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { createTestDatabase, type TestDatabase } from '@caravan/db/testing';
import { editionProgrammeRenderJob, JOBS, liveWorkers, outboxJobOptions, QUEUES, workerHeartbeatKey, type OutboxJobData } from '@caravan/jobs';
import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import Bull, { type Queue } from 'bull';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import pino from 'pino';
import { parseWorkerEnv } from '../config/env.js';
import { WorkerMetrics } from '../metrics/worker-metrics.js';
import { WorkerModule } from '../worker.module.js';
import { OutboxJobProcessor } from './outbox-job.processor.js';
import { QueueConsumers } from './queue-consumers.js';

const REDIS_URL = process.env['REDIS_URL'] || 'redis://127.0.0.1:6379';

const TOKEN = 'worker-metrics-token-0123456';

async function until(condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe(OutboxJobProcessor.name, () => {
  const lines: Record<string, unknown>[] = [];
  let testDb: TestDatabase;
  let worker: INestApplicationContext;
  let queue: Queue;
  let editionId: string;
  const prefix = `caravan-test-${randomUUID()}`;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const prisma = testDb.db.prisma;
    await prisma.region.create({ data: { code: 'central-asia', kind: 'region', name: { en: 'Central Asia' } } });
    await prisma.country.create({
      data: { code: 'CN', name: { en: 'China' }, capital: { en: 'Beijing' }, languages: ['zh-Hans'], timeZone: 'Asia/Shanghai', regionCode: 'central-asia' },
    });
    const series = await prisma.series.create({
      data: { slug: 'china-central-asia', name: { en: 'China–Central Asia Forum' }, shortName: { en: 'CCAF' }, description: { en: '-' }, regionCode: 'central-asia', theme: {} }, // the worker never reads a series' theme
    });
    const edition = await prisma.edition.create({
      data: { seriesId: series.id, number: 11, theme: { en: 'Shared growth' }, description: { en: '-' }, timeZone: 'Asia/Shanghai', hostCity: { en: 'Yinchuan' }, startDate: new Date('2024-10-26T00:00:00Z') },
    });
    editionId = edition.id;
    await prisma.session.create({
      data: { editionId, slug: 'opening', kind: 'PLENARY', title: { en: 'Opening plenary' }, startsAt: new Date('2024-10-26T01:30:00Z'), endsAt: new Date('2024-10-26T02:30:00Z') },
    });

    const config = parseWorkerEnv({ DATABASE_URL: testDb.url, REDIS_URL, BULL_PREFIX: prefix, NODE_ENV: 'test', METRICS_PORT: '0', METRICS_TOKEN: TOKEN });
    const sink = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
        callback();
      },
    });
    const moduleRef = await Test.createTestingModule({
      imports: [WorkerModule.register({ config, database: testDb.db, logger: pino({ level: 'info' }, sink) })],
    }).compile();
    worker = await moduleRef.init();
    queue = new Bull(QUEUES.documents, REDIS_URL, { prefix });
  });

  afterAll(async () => {
    await worker?.close();
    if (queue) {
      await queue.obliterate({ force: true });
      await queue.close();
    }
    await testDb?.drop();
  });

  async function enqueue(payload: unknown, version = 1, requestId?: string): Promise<{ outboxId: string; job: Bull.Job<OutboxJobData> }> {
    const row = await testDb.db.prisma.outboxJob.create({
      data: { queue: QUEUES.documents, name: editionProgrammeRenderJob.id, version, payload: payload as object, status: 'DISPATCHED' },
    });
    const data: OutboxJobData = { outboxId: row.id, version, payload, ...(requestId ? { requestId } : {}) };
    const job = await queue.add(editionProgrammeRenderJob.id, data, outboxJobOptions(row.id, QUEUES.documents, 20));
    return { outboxId: row.id, job };
  }

  it('renders the programme into an EditionDocument and marks the outbox row DONE', async () => {
    const { outboxId, job } = await enqueue({ editionId });
    await job.finished();
    const doc = await testDb.db.prisma.editionDocument.findUniqueOrThrow({
      where: { editionId_kind_format: { editionId, kind: 'programme', format: 'text/markdown' } },
    });
    expect(doc.content).toContain('# China–Central Asia Forum — edition 11');
    expect(doc.content).toContain('## 2024-10-26');
    expect(doc.content).toContain('**09:30–10:30** Opening plenary');
    expect(doc.checksum).toMatch(/^[0-9a-f]{64}$/);
    const row = await testDb.db.prisma.outboxJob.findUniqueOrThrow({ where: { id: outboxId } });
    expect(row).toMatchObject({ status: 'DONE', attempts: 1, lastError: null });
  });

  it('is idempotent: a second run leaves one document with the same checksum', async () => {
    const before = await testDb.db.prisma.editionDocument.findMany({ where: { editionId } });
    const { job } = await enqueue({ editionId });
    await job.finished();
    const after = await testDb.db.prisma.editionDocument.findMany({ where: { editionId } });
    expect(after).toHaveLength(1);
    expect(after[0]?.checksum).toBe(before[0]?.checksum);
  });

  it('retries a failing job with backoff and ends FAILED in the outbox with the error', async () => {
    const missing = randomUUID();
    const { outboxId, job } = await enqueue({ editionId: missing });
    await expect(job.finished()).rejects.toThrow(`Edition ${missing} does not exist`);
    const settled = await queue.getJob(job.id);
    expect(settled?.attemptsMade).toBe(5);
    const row = await testDb.db.prisma.outboxJob.findUniqueOrThrow({ where: { id: outboxId } });
    expect(row.status).toBe('FAILED');
    expect(row.attempts).toBe(5);
    expect(row.lastError).toContain(`Edition ${missing} does not exist`);
  });

  it('retries a job that failed, and records it DONE once a retry succeeds', async () => {
    // The edition does not exist at the first attempt; it does when the retry runs.
    const missing = randomUUID();
    const row = await testDb.db.prisma.outboxJob.create({
      data: { queue: QUEUES.documents, name: editionProgrammeRenderJob.id, version: 1, payload: { editionId: missing }, status: 'DISPATCHED' },
    });
    const data: OutboxJobData = { outboxId: row.id, version: 1, payload: { editionId: missing } };
    // A backoff far longer than the test: the retry runs when the test promotes it, not by the clock.
    const job = await queue.add(editionProgrammeRenderJob.id, data, outboxJobOptions(row.id, QUEUES.documents, 600_000));
    await until(async () => (await testDb.db.prisma.outboxJob.findUniqueOrThrow({ where: { id: row.id } })).attempts === 1);
    expect(await testDb.db.prisma.outboxJob.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: 'DISPATCHED', attempts: 1, lastError: expect.stringContaining(`Edition ${missing} does not exist`) });
    expect(await job.getState()).toBe('delayed');

    const series = await testDb.db.prisma.series.findFirstOrThrow();
    await testDb.db.prisma.edition.create({
      data: { id: missing, seriesId: series.id, number: 12, theme: { en: 'Retry' }, description: { en: '-' }, timeZone: 'Asia/Shanghai', hostCity: { en: 'Xi’an' }, startDate: new Date('2025-10-26T00:00:00Z') },
    });
    await (await queue.getJob(job.id))?.promote();
    await job.finished();
    expect(await testDb.db.prisma.outboxJob.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: 'DONE', attempts: 2, lastError: null });
  });

  it('fails a job whose payload breaks the schema, naming the job and field', async () => {
    const { outboxId, job } = await enqueue({ editionId: 'eleven' });
    await expect(job.finished()).rejects.toThrow(/edition\.programme\.render v1.*editionId/);
    const row = await testDb.db.prisma.outboxJob.findUniqueOrThrow({ where: { id: outboxId } });
    expect(row.status).toBe('FAILED');
  });

  it('refuses a job stored with a version it does not know: FAILED at once, no retry, nothing rendered', async () => {
    const before = await testDb.db.prisma.editionDocument.findFirstOrThrow({ where: { editionId } });
    const { outboxId, job } = await enqueue({ editionId }, 2);
    await expect(job.finished()).rejects.toThrow('edition.programme.render was stored as version 2, but this code reads only version 1');
    const settled = await queue.getJob(job.id);
    expect(settled?.attemptsMade).toBe(1);
    const row = await testDb.db.prisma.outboxJob.findUniqueOrThrow({ where: { id: outboxId } });
    expect(row).toMatchObject({ status: 'FAILED', attempts: 1 });
    expect(row.lastError).toContain('stored as version 2');
    const after = await testDb.db.prisma.editionDocument.findFirstOrThrow({ where: { editionId } });
    expect(after.generatedAt).toEqual(before.generatedAt);
  });

  it('refuses a job name no definition has, FAILED at once', async () => {
    const row = await testDb.db.prisma.outboxJob.create({
      data: { queue: QUEUES.documents, name: 'edition.mystery', version: 1, payload: {}, status: 'DISPATCHED' },
    });
    const job = await queue.add('edition.mystery', { outboxId: row.id, version: 1, payload: {} }, outboxJobOptions(row.id, QUEUES.documents, 20));
    await expect(job.finished()).rejects.toThrow('No job definition has the id "edition.mystery"');
    expect((await queue.getJob(job.id))?.attemptsMade).toBe(1);
    expect(await testDb.db.prisma.outboxJob.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: 'FAILED', attempts: 1 });
  });

  it('records its heartbeat on every queue it consumes, which the api health counts', async () => {
    const consumers = worker.get(QueueConsumers);
    for (const name of consumers.names()) {
      expect({ name, workers: await liveWorkers(queue.client, prefix, name, 5000) }).toEqual({ name, workers: 1 });
      expect(await queue.client.zscore(workerHeartbeatKey(prefix, name), consumers.workerId)).not.toBeNull();
    }
  });

  it('logs the id of the api request that recorded the job', async () => {
    const { outboxId, job } = await enqueue({ editionId }, 1, 'req-traced-7');
    await job.finished();
    expect(lines.filter((line) => line['requestId'] === 'req-traced-7')).toEqual([expect.objectContaining({ msg: 'job done', outboxId, job: editionProgrammeRenderJob.id })]);
  });

  it('serves its job metrics on its own port, behind the token, read by a Prometheus text parser', async () => {
    const url = `http://127.0.0.1:${worker.get(WorkerMetrics).port()}/metrics`;
    expect((await fetch(url)).status).toBe(401);
    const res = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    // The parser folds labelled histograms into one sample; their series are read plainly.
    const text = (await res.text()).split('\n').filter((line) => !/^# TYPE \S+ histogram$/.test(line)).join('\n');
    const families = parsePrometheusTextFormat(text) as { name: string; metrics: { value?: string; labels?: Record<string, string> }[] }[];
    const value = (name: string, labels: Record<string, string>) =>
      families
        .filter((family) => family.name === name)
        .flatMap((family) => family.metrics)
        .find((sample) => Object.entries(labels).every(([k, v]) => sample.labels?.[k] === v))?.value;
    const job = editionProgrammeRenderJob.id;
    expect(Number(value('caravan_jobs_total', { job, outcome: 'done' }))).toBeGreaterThanOrEqual(3);
    expect(Number(value('caravan_jobs_total', { job, outcome: 'retry' }))).toBeGreaterThanOrEqual(4);
    expect(Number(value('caravan_jobs_total', { job, outcome: 'failed' }))).toBeGreaterThanOrEqual(2);
    expect(value('caravan_jobs_total', { job: 'unknown', outcome: 'failed' })).toBe('1');
    expect(Number(value('caravan_job_duration_seconds_count', { job, outcome: 'done' }))).toBeGreaterThanOrEqual(3);
    expect(Number(value('process_resident_memory_bytes', {}))).toBeGreaterThan(0);
  });

  it('consumes the queue of every registered job, each of which has a handler', () => {
    const consumed = worker.get(QueueConsumers).names();
    for (const def of JOBS) {
      expect({ job: def.id, handler: typeof def.handle, consumed: consumed.includes(def.queue) }).toEqual({
        job: def.id,
        handler: 'function',
        consumed: true,
      });
    }
  });
});
