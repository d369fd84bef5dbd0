// Job infrastructure of the api: the boot-time job mode, the Bull queues, the outbox, and the
// services jobs use (mail relay, object storage), which uploads use too.
import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { createJobServices, type JobServices } from '@caravan/jobs';
import type { Logger } from 'pino';
import { API_CONFIG, JOB_MODE, JOB_SERVICES, LOGGER } from '../config/config.tokens.js';
import type { ApiConfig } from '../config/env.js';
import { resolveJobMode, type JobMode } from './job-mode.js';
import { OutboxDispatcher } from './outbox.dispatcher.js';
import { OutboxMaintenance } from './outbox.maintenance.js';
import { OutboxService } from './outbox.service.js';
import { createQueueMap, QUEUE_MAP } from './queues.provider.js';

class JobServicesCloser implements OnApplicationShutdown {
  constructor(@Inject(JOB_SERVICES) private readonly services: JobServices) {}

  async onApplicationShutdown(): Promise<void> {
    await this.services.close();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: JOB_SERVICES,
      inject: [API_CONFIG],
      useFactory: (config: ApiConfig) => createJobServices(config.jobServices),
    },
    JobServicesCloser,
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
    OutboxMaintenance,
  ],
  exports: [JOB_MODE, JOB_SERVICES, QUEUE_MAP, OutboxService, OutboxDispatcher, OutboxMaintenance],
})
export class JobsModule {}
