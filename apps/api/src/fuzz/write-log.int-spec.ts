// The fuzzer's write log on the real PostgreSQL: it names every table a committed write touched,
// and nothing for reads, for updates to the same values, for a rolled-back transaction, or for
// the outbox dispatcher's own bookkeeping.
import { createTestDatabase, type TestDatabase } from '@caravan/db/testing';
import { installWriteLog, takeWrites } from './write-log.js';

let test: TestDatabase;

beforeAll(async () => {
  test = await createTestDatabase();
  await installWriteLog(test.db.prisma);
});

afterAll(async () => {
  await test?.drop();
});

beforeEach(async () => {
  await takeWrites(test.db.prisma);
});

const newJob = (name: string) => ({ queue: 'mail', name, version: 1, payload: { to: 'a@example.org' } });

describe('the write log', () => {
  it('names each table an insert, an update or a delete wrote to, once, then starts empty', async () => {
    const { prisma } = test.db;
    const job = await prisma.outboxJob.create({ data: newJob('first') });
    await prisma.outboxJob.update({ where: { id: job.id }, data: { payload: { to: 'b@example.org' } } });
    expect(await takeWrites(prisma)).toEqual(['OutboxJob']);
    expect(await takeWrites(prisma)).toEqual([]);
    await prisma.outboxJob.delete({ where: { id: job.id } });
    expect(await takeWrites(prisma)).toEqual(['OutboxJob']);
  });

  it('records nothing for a read, an update to the same values or the outbox status moving along', async () => {
    const { prisma } = test.db;
    const job = await prisma.outboxJob.create({ data: newJob('second') });
    await takeWrites(prisma);
    await prisma.outboxJob.findMany();
    await prisma.outboxJob.update({ where: { id: job.id }, data: { name: 'second' } });
    await prisma.outboxJob.update({ where: { id: job.id }, data: { status: 'DISPATCHED', attempts: 1, dispatchedAt: new Date() } });
    expect(await takeWrites(prisma)).toEqual([]);
  });

  it('records nothing for a transaction that rolled back', async () => {
    const { prisma } = test.db;
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.outboxJob.create({ data: newJob('third') });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await prisma.outboxJob.count({ where: { name: 'third' } })).toBe(0);
    expect(await takeWrites(prisma)).toEqual([]);
  });
});
