// The worker consumes the mail queue derived from the job registry and delivers through the
// SMTP relay its configuration names: here a real SMTP server (the development mail catcher).
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from '@caravan/db/testing';
import { mailSendJob, outboxJobOptions, type MailSendPayload, type OutboxJobData } from '@caravan/jobs';
import { MailCatcherClient, startMailCatcher, type MailCatcher } from '@caravan/mail/catcher';
import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import Bull, { type Queue } from 'bull';
import pino from 'pino';
import { parseWorkerEnv } from '../config/env.js';
import { WorkerModule } from '../worker.module.js';

const REDIS_URL = process.env['REDIS_URL'] || 'redis://127.0.0.1:6379';

describe('the worker delivering mail', () => {
  let testDb: TestDatabase;
  let catcher: MailCatcher;
  let storageRoot: string;
  let worker: INestApplicationContext;
  let queue: Queue;
  const prefix = `caravan-test-${randomUUID()}`;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    catcher = await startMailCatcher();
    storageRoot = await mkdtemp(path.join(tmpdir(), 'caravan-worker-storage-'));
    const config = parseWorkerEnv({
      NODE_ENV: 'test',
      DATABASE_URL: testDb.url,
      REDIS_URL,
      BULL_PREFIX: prefix,
      ...catcher.env,
      STORAGE_LOCAL_ROOT: storageRoot,
    });
    const moduleRef = await Test.createTestingModule({
      imports: [WorkerModule.register({ config, database: testDb.db, logger: pino({ level: 'silent' }) })],
    }).compile();
    worker = await moduleRef.init();
    queue = new Bull(mailSendJob.queue, REDIS_URL, { prefix });
  });

  afterAll(async () => {
    await worker?.close();
    if (queue) {
      await queue.obliterate({ force: true });
      await queue.close();
    }
    await catcher?.stop();
    await testDb?.drop();
    if (storageRoot) await rm(storageRoot, { recursive: true, force: true });
  });

  it('sends a mail.send job recorded in the outbox, and marks its row DONE', async () => {
    const payload: MailSendPayload = {
      kind: 'application.access-link',
      locale: 'ka',
      to: { address: 'nino@example.org', name: 'ნინო ბერიძე' },
      params: {
        participantName: 'ნინო ბერიძე',
        editionName: 'XII ფორუმი',
        seriesName: 'China–Central Asia Cooperation Forum',
        reference: 'CCA12-00007',
        magicLinkUrl: 'https://forum.example.org/a/xyz',
        expiresInHours: 24,
      },
    };
    const row = await testDb.db.prisma.outboxJob.create({
      data: { queue: mailSendJob.queue, name: mailSendJob.id, version: mailSendJob.version, payload: payload as object, status: 'DISPATCHED' },
    });
    const data: OutboxJobData = { outboxId: row.id, version: mailSendJob.version, payload };
    const job = await queue.add(mailSendJob.id, data, outboxJobOptions(row.id, mailSendJob.queue, 20));
    await job.finished();

    const mail = await new MailCatcherClient(catcher.webUrl).waitForMail('nino@example.org');
    expect(mail.html).toContain('lang="ka"');
    expect(mail.text).toContain('https://forum.example.org/a/xyz');
    expect(await testDb.db.prisma.outboxJob.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: 'DONE', attempts: 1 });
  });
});
