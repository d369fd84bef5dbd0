// Entry point of the worker process: a Nest application context (no HTTP) hosting the Bull
// processors. SIGTERM closes Bull (finishing the running job), then the database.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { jobQueues, type JobServices } from '@caravan/jobs';
import { redactSecrets } from '@caravan/config/env';
import { loadWorkerEnv } from './config/env.js';
import { createWorkerLogger } from './logger.js';
import { startupFacts } from './startup-facts.js';
import { JOB_SERVICES } from './tokens.js';
import { WorkerModule } from './worker.module.js';

async function bootstrap(): Promise<void> {
  const config = loadWorkerEnv();
  const logger = createWorkerLogger(config.logLevel);
  const app = await NestFactory.createApplicationContext(WorkerModule.register({ config, logger }), { logger: ['error', 'warn'] });
  app.enableShutdownHooks();
  logger.info(startupFacts(config, jobQueues()), 'Caravan worker consuming its queues');
  logger.info(app.get<JobServices>(JOB_SERVICES).describe());
}

bootstrap().catch((error: unknown) => {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'BOOT_FAILED';
  process.stderr.write(`[caravan-worker] ${code}: ${redactSecrets(error instanceof Error ? error.message : String(error))}\n`);
  process.exit(1);
});
