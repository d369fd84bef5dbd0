// Test world of the organizer mutations: a fresh PostgreSQL database with the demo data set,
// the real api booted on it (AppModule, which includes ManageModule), and
// the access tokens of the three demo accounts, signed in through the signIn mutation.
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '@caravan/db';
import { seedDemo } from '@caravan/db/seed';
import { createTestDatabase, type TestDatabase } from '@caravan/db/testing';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { AppModule } from '../../app.module.js';
import { gqlAs, SIGN_IN, type GqlResult, type SignInData } from '../../auth/testing/auth-test-app.js';
import { parseApiEnv } from '../../config/env.js';
import { QUEUE_MAP, type QueueMap } from '../../jobs/queues.provider.js';

export const TEST_REDIS_URL = process.env['REDIS_URL'] || 'redis://127.0.0.1:6379';

/** The demo accounts of @caravan/db's seed (users.data.ts). */
export const DEMO_ACCOUNTS = {
  platformAdmin: { email: 'admin@caravan.local', password: 'caravan-admin' },
  ccaOrganizer: { email: 'cca-organizer@caravan.local', password: 'caravan-cca' },
  caucasusOrganizer: { email: 'caucasus-organizer@caravan.local', password: 'caravan-caucasus' },
} as const;

export type DemoAccount = keyof typeof DEMO_ACCOUNTS;

export interface ManageWorld {
  app: NestFastifyApplication;
  testDb: TestDatabase;
  prisma: PrismaClient;
  tokens: Readonly<Record<DemoAccount, string>>;
  /** Runs a query or mutation as a demo account, or anonymously when `as` is null. */
  gql<T>(as: DemoAccount | null, query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>>;
  close(): Promise<void>;
}

export async function createManageWorld(): Promise<ManageWorld> {
  const testDb = await createTestDatabase();
  let app: NestFastifyApplication | undefined;
  try {
    await seedDemo(testDb.db.prisma);
    const config = parseApiEnv({
      NODE_ENV: 'test',
      REDIS_URL: TEST_REDIS_URL,
      BULL_PREFIX: `caravan-test-${randomUUID()}`,
      LOG_LEVEL: 'silent',
      PUBLIC_URL: 'http://api.test',
    });
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.register({ config, database: testDb.db })],
    }).compile();
    const booted = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false });
    app = booted;
    await booted.init();
    await booted.getHttpAdapter().getInstance().ready();
    const tokens = {} as Record<DemoAccount, string>;
    for (const account of Object.keys(DEMO_ACCOUNTS) as DemoAccount[]) {
      const res = await gqlAs<SignInData>(booted, SIGN_IN, DEMO_ACCOUNTS[account]);
      if (!res.data?.signIn) throw new Error(`Demo account ${account} could not sign in: ${JSON.stringify(res.errors)}`);
      tokens[account] = res.data.signIn.accessToken;
    }
    return {
      app: booted,
      testDb,
      prisma: testDb.db.prisma,
      tokens,
      gql: <T>(as: DemoAccount | null, query: string, variables: Record<string, unknown> = {}) =>
        gqlAs<T>(booted, query, variables, as === null ? {} : { token: tokens[as] }),
      close: async () => {
        await booted.get<QueueMap>(QUEUE_MAP).get('documents')?.obliterate({ force: true });
        await booted.close();
        await testDb.drop();
      },
    };
  } catch (error) {
    await app?.close();
    await testDb.drop();
    throw error;
  }
}
