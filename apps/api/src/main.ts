// Entry point of the api process: parse config, boot Nest on Fastify, listen, shut down cleanly.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { redactSecrets } from '@caravan/config/env';
import { AppModule } from './app.module.js';
import { createLogger } from './common/logger.js';
import { loadApiEnv } from './config/env.js';
import { fastifyAdapterOptions } from './config/fastify-options.js';

async function bootstrap(): Promise<void> {
  const config = loadApiEnv();
  const logger = createLogger(config.logLevel);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register({ config, logger }), new FastifyAdapter(fastifyAdapterOptions(config)), {
    logger: ['error', 'warn'],
  });
  // SIGTERM/SIGINT close Nest, which closes the database, the Bull queues and the dispatcher.
  app.enableShutdownHooks();
  await app.listen(config.port, config.host);
  logger.info(
    { graphql: `${config.publicUrl}/graphql`, graphiql: config.nodeEnv === 'production' ? undefined : `${config.publicUrl}/graphiql`, health: `${config.publicUrl}/health` },
    `Caravan api listening on ${config.host}:${config.port}`,
  );
}

bootstrap().catch((error: unknown) => {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'BOOT_FAILED';
  process.stderr.write(`[caravan-api] ${code}: ${redactSecrets(error instanceof Error ? error.message : String(error))}\n`);
  process.exit(1);
});
