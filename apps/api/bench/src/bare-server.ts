// Child process: the baseline. A bare Fastify server whose one route answers the programme
// query with node-postgres and hand-written SQL, no Nest, no GraphQL, no ORM. The parent
// starts it with the database URL and a port, and stops it with SIGTERM.
import { setTimeout as sleep } from 'node:timers/promises';
import Fastify from 'fastify';
import { z } from 'zod';
import { createBarePool, poolRunner } from './bare-database.js';
import { loadProgramme } from './bare-programme.js';
import { bareSubmit, type BareSubmission } from './bare-registration.js';

const env = z
  .object({
    BENCH_DATABASE_URL: z.string().min(1, 'BENCH_DATABASE_URL names the database the bench seeded'),
    PORT: z.coerce.number().int().min(1).max(65535),
    HOST: z.string().default('127.0.0.1'),
    // Same pool size as the api's own client (@caravan/db's default).
    POOL_MAX: z.coerce.number().int().min(1).default(10),
  })
  .parse(process.env);

const ParamsSchema = z.object({ series: z.string().min(1), number: z.coerce.number().int().min(1) });
const QuerySchema = z.object({ lang: z.string().default('en') });

async function main(): Promise<void> {
  const pool = createBarePool(env.BENCH_DATABASE_URL, env.POOL_MAX);
  const run = poolRunner(pool);
  const app = Fastify({ logger: { level: 'warn' } });

  // Requests a load tool abandoned at the end of a run are still being answered; the pool may
  // only close after them.
  let inFlight = 0;

  app.get('/editions/:series/:number/programme', async (request, reply) => {
    const params = ParamsSchema.safeParse(request.params);
    const query = QuerySchema.safeParse(request.query);
    if (!params.success || !query.success) {
      return reply.code(400).send({ error: { code: 'BAD_REQUEST', message: 'Use /editions/<series slug>/<edition number>/programme?lang=<tag>.' } });
    }
    inFlight += 1;
    const body = await loadProgramme(run, params.data.series, params.data.number, query.data.lang).finally(() => {
      inFlight -= 1;
    });
    if (body === null) {
      return reply.code(404).send({ error: { code: 'NOT_FOUND', message: `Edition ${params.data.number} of "${params.data.series}" is not published.` } });
    }
    return body;
  });

  // The registration rush's baseline (bare-registration.ts).
  app.post('/registrations', async (request, reply) => {
    inFlight += 1;
    try {
      const receipt = await bareSubmit(pool, request.body as BareSubmission);
      return receipt ?? reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'No open edition with that category.' } });
    } finally {
      inFlight -= 1;
    }
  });

  const stop = async (): Promise<void> => {
    await app.close();
    const deadline = Date.now() + 10_000;
    while (inFlight > 0 && Date.now() < deadline) await sleep(50);
    await pool.end();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
  await app.listen({ port: env.PORT, host: env.HOST });
}

main().catch((error: unknown) => {
  process.stderr.write(`[bare] BARE_BOOT_FAILED: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
