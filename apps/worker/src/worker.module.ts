// Root module of the worker: the database, and the consumers of every queue that carries a
// registered job.
import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { createDatabase, type Database } from '@caravan/db';
import { createJobServices, JOBS, type JobDefinition, type JobServices } from '@caravan/jobs';
import type { Logger } from 'pino';
import { createWorkerLogger } from './logger.js';
import type { WorkerConfig } from './config/env.js';
import { WorkerMetrics } from './metrics/worker-metrics.js';
import { OutboxJobProcessor } from './queues/outbox-job.processor.js';
import { QueueConsumers } from './queues/queue-consumers.js';
import { DATABASE, JOB_DEFINITIONS, JOB_SERVICES, LOGGER, WORKER_CONFIG } from './tokens.js';

export interface WorkerOptions {
  config: WorkerConfig;
  /** A database opened by the caller (tests); otherwise the worker opens and closes its own. */
  database?: Database;
  logger?: Logger;
  /** A mail relay and storage built by the caller (tests); otherwise from the config. */
  services?: JobServices;
  /** The job definitions to run: the registry of @caravan/jobs unless a test adds its own. */
  jobs?: readonly JobDefinition[];
}

const OWNS_DATABASE = Symbol('OWNS_DATABASE');

const OWNS_SERVICES = Symbol('OWNS_SERVICES');

class DatabaseCloser implements OnApplicationShutdown {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(OWNS_DATABASE) private readonly owns: boolean,
    @Inject(JOB_SERVICES) private readonly services: JobServices,
    @Inject(OWNS_SERVICES) private readonly ownsServices: boolean,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.ownsServices) await this.services.close();
    if (this.owns) await this.database.close();
  }
}

@Global()
@Module({})
export class WorkerModule {
  static register(options: WorkerOptions): DynamicModule {
    const { config } = options;
    const logger = options.logger ?? createWorkerLogger(config.logLevel);
    return {
      module: WorkerModule,
      providers: [
        { provide: WORKER_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
        { provide: OWNS_DATABASE, useValue: options.database === undefined },
        { provide: DATABASE, useFactory: async () => options.database ?? createDatabase({ databaseUrl: config.databaseUrl }) },
        { provide: JOB_DEFINITIONS, useValue: options.jobs ?? JOBS },
        { provide: OWNS_SERVICES, useValue: options.services === undefined },
        { provide: JOB_SERVICES, useFactory: () => options.services ?? createJobServices(config.jobServices) },
        WorkerMetrics,
        OutboxJobProcessor,
        QueueConsumers,
        DatabaseCloser,
      ],
      exports: [WORKER_CONFIG, LOGGER, DATABASE, JOB_SERVICES],
    };
  }
}
