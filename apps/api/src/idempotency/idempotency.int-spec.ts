// Idempotency keys on the real PostgreSQL, through the path every write takes (auditedWrite):
// replays in sequence and in parallel have one effect and one audit row and all get the first
// answer; the same key with other arguments is refused; a failed first attempt is not
// replayed; keys expire after 24 hours and the retention pass removes them.
import { randomUUID } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '@caravan/db/testing';
import { Client } from 'pg';
import { AuditRepository } from '../audit/audit.repository.js';
import { AuditService } from '../audit/audit.service.js';
import { AppError } from '../common/errors/app-error.js';
import { auditedWrite, type AuditAuthor } from '../common/write/audited-write.js';
import { hashArguments, IDEMPOTENCY_KEY_LIFETIME_MS, idempotencyKeyOf, idempotencyRequest, type IdempotencyRequest } from './idempotency-request.js';
import { deleteExpiredIdempotencyKeys } from './idempotency-store.js';

const POOL = 4;

describe('Idempotency-Key on writes', () => {
  let test: TestDatabase;
  let audit: AuditService;
  let gate: Client;

  beforeAll(async () => {
    test = await createTestDatabase({ poolMax: POOL });
    audit = new AuditService(new AuditRepository(test.db));
    gate = new Client({ connectionString: test.url });
    await gate.connect();
  });
  afterAll(async () => {
    await gate?.end();
    await test?.drop();
  });

  const visitor: AuditAuthor = { actorId: null, clientAddressHash: 'a'.repeat(64) };

  /** One write whose effect is an outbox row named `marker`; its answer carries the row's id. */
  function write(request: IdempotencyRequest | null, marker: string, options: { author?: AuditAuthor; before?: () => Promise<void>; fail?: boolean } = {}) {
    return auditedWrite(test.db, audit, { scope: null, audit: { action: 'create', entityType: 'Probe' }, idempotency: request }, options.author ?? visitor, async (tx) => {
      await options.before?.();
      const row = await tx.outboxJob.create({ data: { queue: 'probe', name: marker, version: 1, payload: {} } });
      if (options.fail) throw new Error('the write failed after its effect');
      return { result: { id: row.id, marker }, entityId: row.id };
    });
  }

  const effects = (marker: string) => test.db.prisma.outboxJob.count({ where: { name: marker } });
  const auditRows = (ids: string[]) => test.db.prisma.auditEntry.count({ where: { entityId: { in: ids } } });

  async function lockWaiters(): Promise<number> {
    await gate.query('SELECT pg_stat_clear_snapshot()');
    const res = await gate.query<{ n: string }>(`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`);
    return Number(res.rows[0]?.n ?? 0);
  }

  /** Resolves once `n` transactions wait on a lock (the key's row); fails if that never happens. */
  async function untilWaiting(n: number): Promise<void> {
    for (let polls = 0; (await lockWaiters()) < n; polls += 1) {
      if (polls > 1500) throw new Error(`fewer than ${n} replays ever waited on the first one: the race did not happen`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('returns the first answer to replays one after another, with one effect and one audit row', async () => {
    const marker = randomUUID();
    const request = idempotencyRequest(randomUUID(), 'probe', { a: 1, b: [1, 2] });
    const first = await write(request, marker);
    const again = await write(request, marker);
    const third = await write(idempotencyRequest(request?.key, 'probe', { b: [1, 2], a: 1 }), marker);
    expect(again).toEqual(first);
    expect(third).toEqual(first);
    expect(await effects(marker)).toBe(1);
    expect(await auditRows([first.id])).toBe(1);
  });

  it('has one effect when N identical requests arrive at once: the replays wait for the first and get its answer', async () => {
    const marker = randomUUID();
    const request = idempotencyRequest(randomUUID(), 'probe', { n: 8 });
    const racers = 8;
    // The first writer to reach its work holds its transaction open until the others wait on its key.
    let held = false;
    const before = async () => {
      if (held) return;
      held = true;
      await untilWaiting(POOL - 1);
    };
    const answers = await Promise.all(Array.from({ length: racers }, () => write(request, marker, { before })));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(await effects(marker)).toBe(1);
    expect(await auditRows(answers.map((a) => a.id))).toBe(1);
  });

  it('runs every request without a key (the negative control of the test above)', async () => {
    const marker = randomUUID();
    await Promise.all(Array.from({ length: 4 }, () => write(null, marker)));
    expect(await effects(marker)).toBe(4);
  });

  it('refuses the same key with other arguments, naming the key, and writes nothing', async () => {
    const marker = randomUUID();
    const key = randomUUID();
    await write(idempotencyRequest(key, 'probe', { amount: 1 }), marker);
    const refused = await write(idempotencyRequest(key, 'probe', { amount: 2 }), marker).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).extensions).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', idempotencyKey: key, problems: [{ field: 'Idempotency-Key' }] });
    expect(await effects(marker)).toBe(1);
  });

  it('keeps keys apart per operation and per caller', async () => {
    const marker = randomUUID();
    const key = randomUUID();
    await write(idempotencyRequest(key, 'probe', {}), marker);
    await write(idempotencyRequest(key, 'otherProbe', {}), marker);
    await write(idempotencyRequest(key, 'probe', {}), marker, { author: { actorId: null, clientAddressHash: 'b'.repeat(64) } });
    expect(await effects(marker)).toBe(3);
  });

  it('does not replay a failure: the key goes with the rolled-back write, and a retry runs', async () => {
    const marker = randomUUID();
    const request = idempotencyRequest(randomUUID(), 'probe', {});
    await expect(write(request, marker, { fail: true })).rejects.toThrow('the write failed after its effect');
    expect(await effects(marker)).toBe(0);
    await write(request, marker);
    expect(await effects(marker)).toBe(1);
  });

  it('forgets a key after 24 hours, and the retention pass deletes expired keys only', async () => {
    const marker = randomUUID();
    const request = idempotencyRequest(randomUUID(), 'probe', {}) as IdempotencyRequest;
    await write(request, marker);
    const row = await test.db.prisma.idempotencyKey.findFirstOrThrow({ where: { key: request.key } });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(IDEMPOTENCY_KEY_LIFETIME_MS);
    await test.db.prisma.idempotencyKey.updateMany({ where: { key: request.key }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await write(request, marker);
    expect(await effects(marker)).toBe(2);

    const other = idempotencyRequest(randomUUID(), 'probe', {}) as IdempotencyRequest;
    await write(other, marker);
    const total = await test.db.prisma.idempotencyKey.count();
    expect(await deleteExpiredIdempotencyKeys(test.db.prisma, new Date(Date.now() + IDEMPOTENCY_KEY_LIFETIME_MS + 1000))).toBe(total);
    await write(other, marker);
    expect(await effects(marker)).toBe(4);
    expect(await deleteExpiredIdempotencyKeys(test.db.prisma)).toBe(0);
  });

  it('refuses a malformed header and hashes arguments independently of key order', () => {
    expect(idempotencyKeyOf(undefined)).toBeNull();
    expect(() => idempotencyKeyOf('has space')).toThrow(/Idempotency-Key/);
    expect(() => idempotencyKeyOf('x'.repeat(256))).toThrow(/Idempotency-Key/);
    expect(() => idempotencyKeyOf(['a', 'b'])).toThrow(/Idempotency-Key/);
    expect(hashArguments({ a: 1, b: { c: 2, d: 3 } })).toBe(hashArguments({ b: { d: 3, c: 2 }, a: 1 }));
    expect(hashArguments({ a: 1 })).not.toBe(hashArguments({ a: 2 }));
  });
});
