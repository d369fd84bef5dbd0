// Root module of the worker: Bull connection, the queues it consumes, and their processors.
import { BullModule } from '@nestjs/bull';
import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { createDatabase, type Database } from '@caravan/db';
import { QUEUES } from '@caravan/jobs';
import pino, { type Logger } from 'pino';
import type { WorkerConfig } from './config/env.js';
import { DocumentsProcessor } from './documents/documents.processor.js';
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
      imports: [
        BullModule.forRoot({ redis: config.redisUrl, prefix: config.bullPrefix }),
        BullModule.registerQueue({ name: QUEUES.documents }),
      ],
      providers: [
        { provide: WORKER_CONFIG, useValue: config },
        { provide: LOGGER, useValue: logger },
        { provide: OWNS_DATABASE, useValue: options.database === undefined },
        { provide: DATABASE, useFactory: async () => options.database ?? createDatabase({ databaseUrl: config.databaseUrl }) },
        DatabaseCloser,
        DocumentsProcessor,
      ],
      exports: [WORKER_CONFIG, LOGGER, DATABASE],
    };
  }
}
