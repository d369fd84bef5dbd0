// Root module of the worker: the database, and the consumers of every queue that carries a
// registered job.
import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { createDatabase, type Database } from '@caravan/db';
import pino, { type Logger } from 'pino';
import type { WorkerConfig } from './config/env.js';
import { OutboxJobProcessor } from './queues/outbox-job.processor.js';
import { QueueConsumers } from './queues/queue-consumers.js';
import { DATABASE, LOGGER, WORKER_CONFIG } from './tokens.js';

export interface WorkerOptions {
  config: WorkerConfig;
  /** A database opened by the caller (tests); otherwise the worker opens and closes its own. */
  database?: Database;
  logger?: Logger;
}

const OWNS_DATABASE = Symbol('OWNS_DATABASE');

class DatabaseCloser implements OnApplicationShutdown {
  constructor(
    @Inject(DATABASE) private readonly database: Database,
    @Inject(OWNS_DATABASE) private readonly owns: boolean,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.owns) await this.database.close();
  }
}

@Global()
@Module({})
export class WorkerModule {
  static register(options: WorkerOptions): DynamicModule {
    const { config } = options;
    const logger = options.logger ?? pino({ name: 'caravan-worker', level: config.logLevel });
    return {
      module: WorkerModule,
      providers: [
        { provide: WORKER_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
        { provide: OWNS_DATABASE, useValue: options.database === undefined },
        { provide: DATABASE, useFactory: async () => options.database ?? createDatabase({ databaseUrl: config.databaseUrl }) },
        OutboxJobProcessor,
        QueueConsumers,
        DatabaseCloser,
      ],
      exports: [WORKER_CONFIG, LOGGER, DATABASE],
    };
  }
}
