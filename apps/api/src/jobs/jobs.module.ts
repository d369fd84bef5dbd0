// Job infrastructure of the api: the boot-time job mode, the Bull queues and the outbox.
import { Global, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { API_CONFIG, JOB_MODE, LOGGER } from '../config/config.tokens.js';
import type { ApiConfig } from '../config/env.js';
import { resolveJobMode, type JobMode } from './job-mode.js';
import { OutboxDispatcher } from './outbox.dispatcher.js';
import { OutboxService } from './outbox.service.js';
import { createQueueMap, QUEUE_MAP } from './queues.provider.js';

@Global()
@Module({
  providers: [
    {
      provide: JOB_MODE,
      inject: [API_CONFIG, LOGGER],
      useFactory: (config: ApiConfig, logger: Logger) => resolveJobMode(config, logger),
    },
    {
      provide: QUEUE_MAP,
      inject: [JOB_MODE, API_CONFIG],
      useFactory: (mode: JobMode, config: ApiConfig) => createQueueMap(mode, config),
    },
    OutboxService,
    OutboxDispatcher,
  ],
  exports: [JOB_MODE, QUEUE_MAP, OutboxService, OutboxDispatcher],
})
export class JobsModule {}
