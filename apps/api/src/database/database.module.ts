// Provides the Prisma-backed Database to every module. When the app opened the database itself
// it also closes it on shutdown; a database handed in (tests, tools) stays with its owner.
import { Global, Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { createDatabase, type Database } from '@caravan/db';
import { API_CONFIG, DATABASE } from '../config/config.tokens.js';
import type { ApiConfig } from '../config/env.js';

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
export class DatabaseModule {
  static register(database?: Database): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [
        { provide: OWNS_DATABASE, useValue: database === undefined },
        {
          provide: DATABASE,
          inject: [API_CONFIG],
          useFactory: async (config: ApiConfig): Promise<Database> =>
            database ??
            // Without a URL the api uses the embedded default (the running server, or its own), and migrates it.
            createDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, migrate: config.databaseUrl === undefined }),
        },
        DatabaseCloser,
      ],
      exports: [DATABASE],
    };
  }
}
