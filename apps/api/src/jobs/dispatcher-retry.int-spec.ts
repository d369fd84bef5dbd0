// The dispatcher when Redis is away: a pass that cannot enqueue leaves its rows PENDING (its
// claim rolls back), and a later pass sends them once Redis is back. On a private redis-server,
// stopped and started by the test.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { editionProgrammeRenderJob, QUEUES } from '@caravan/jobs';
import type { Queue } from 'bull';
import { freePort, PrivateRedis } from '../testing/private-redis.js';
import { startTestApi, type TestApi } from '../testing/test-api.js';
import { OutboxDispatcher } from './outbox.dispatcher.js';
import { QUEUE_MAP, type QueueMap } from './queues.provider.js';

describe(`${OutboxDispatcher.name} while Redis is away`, () => {
  let api: TestApi;
  let redis: PrivateRedis;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'caravan-dispatch-'));
    redis = new PrivateRedis(await freePort(), dir);
    await redis.start();
    api = await startTestApi({ seed: 'empty', env: { REDIS_URL: redis.url, OUTBOX_POLL_MS: '600000', OUTBOX_RECONCILE_MS: '600000' } });
    await api.app.get(OutboxDispatcher).kick();
  });

  afterAll(async () => {
    await api?.close();
    await redis?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('keeps the rows PENDING through a failed pass and sends them on the next one', async () => {
    const ids = [randomUUID(), randomUUID()];
    await api.prisma.outboxJob.createMany({ data: ids.map((id) => ({ id, queue: QUEUES.documents, name: editionProgrammeRenderJob.id, version: 1, payload: { editionId: randomUUID() } })) });

    await redis.stop();
    await api.app.get(OutboxDispatcher).kick();
    expect(await api.prisma.outboxJob.count({ where: { id: { in: ids }, status: 'PENDING' } })).toBe(2);

    await redis.start();
    const queue = api.app.get<QueueMap>(QUEUE_MAP).get(QUEUES.documents) as Queue;
    // Once the api's Redis client has reconnected, the next pass sends what the failed one kept.
    expect(await queue.client.ping()).toBe('PONG');
    await api.app.get(OutboxDispatcher).kick();
    expect(await api.prisma.outboxJob.count({ where: { id: { in: ids }, status: 'DISPATCHED' } })).toBe(2);
    expect((await Promise.all(ids.map((id) => queue.getJob(id)))).every(Boolean)).toBe(true);
  }, 120_000);
});
