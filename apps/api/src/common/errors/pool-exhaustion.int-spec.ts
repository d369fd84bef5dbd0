// A write that finds every connection of the pool busy: Prisma gives up on starting its
// transaction (P2028) and the client is told SERVICE_BUSY, a retryable code with a wait, not an
// internal error; the write's work never ran, so nothing was written.
import { createTestDatabase, type TestDatabase } from '@caravan/db/testing';
import { ERROR_TABLE } from './app-error.js';
import { toAppError } from './translate-error.js';

describe('a transaction that cannot get a connection', () => {
  let test: TestDatabase;

  beforeAll(async () => {
    test = await createTestDatabase({ poolMax: 1 });
  });
  afterAll(async () => {
    await test?.drop();
  });

  it('is answered SERVICE_BUSY (503, retry after a wait), and its work never runs', async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let holding!: () => void;
    const isHolding = new Promise<void>((resolve) => (holding = resolve));
    // The pool's only connection stays in this transaction until the second one has given up.
    const holder = test.db.prisma.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT 1`;
        holding();
        await held;
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
    await isHolding;
    let ran = false;
    const refused = await test.db.prisma
      .$transaction(
        async (tx) => {
          ran = true;
          await tx.outboxJob.create({ data: { queue: 'probe', name: 'pool-exhaustion', version: 1, payload: {} } });
        },
        { maxWait: 200 },
      )
      .catch((error: unknown) => error);
    release();
    await holder;

    expect(ran).toBe(false);
    const translated = toAppError(refused);
    expect(translated?.extensions).toEqual({ code: 'SERVICE_BUSY', retryAfterSeconds: 2 });
    expect(translated?.httpStatus).toBe(ERROR_TABLE.SERVICE_BUSY.http);
    expect(translated?.httpStatus).toBe(503);
    expect(translated?.message).toMatch(/nothing was changed/);
    expect(await test.db.prisma.outboxJob.count({ where: { name: 'pool-exhaustion' } })).toBe(0);
  });
});
