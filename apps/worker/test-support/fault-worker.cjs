// A worker process for the fault-tolerance test of the api (src/jobs/fault-tolerance.int-spec.ts):
// the real, built WorkerModule with one extra job definition, `test.fault.effect`, that exists
// only here and never ships. Its handler records every run in fault_run and its effect
// idempotently in fault_effect (one row per outbox id), tables the test creates.
// Configured by the environment like the real worker; SIGKILL is what the test sends it.
require('reflect-metadata');
const { NestFactory } = require('@nestjs/core');
const { defineJob, JOBS, QUEUES } = require('@caravan/jobs');
const pino = require('pino');
const { z } = require('zod');
const { parseWorkerEnv } = require('../dist/config/env.js');
const { WorkerModule } = require('../dist/worker.module.js');

const faultEffectJob = defineJob({
  id: 'test.fault.effect',
  version: 1,
  queue: QUEUES.documents,
  payload: z.object({ n: z.number().int() }),
  async handle(payload, context) {
    await context.prisma.$executeRaw`INSERT INTO fault_run (outbox_id) VALUES (${context.outboxId})`;
    await context.prisma.$executeRaw`INSERT INTO fault_effect (outbox_id, n) VALUES (${context.outboxId}, ${payload.n}) ON CONFLICT (outbox_id) DO NOTHING`;
  },
});

async function main() {
  const config = parseWorkerEnv(process.env);
  const logger = pino({ name: 'fault-worker', level: config.logLevel });
  const app = await NestFactory.createApplicationContext(WorkerModule.register({ config, logger, jobs: [...JOBS, faultEffectJob] }), { logger: ['error'] });
  app.enableShutdownHooks();
  process.stdout.write('fault-worker ready\n');
}

main().catch((error) => {
  process.stderr.write(`fault-worker: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
