// The one test harness of the api: a fresh PostgreSQL database (migrated, then filled by the
// demo seed or the caller's fixtures), the real app booted on it (AppModule on Fastify, with a
// Bull prefix of its own so parallel runs never share queues), and a GraphQL helper that calls
// as a visitor, as one of the demo accounts or with any access token.
//
//   const api = await startTestApi();                                     // demo data
//   const res = await api.gql<{ me: { email: string } }>('{ me { email } }', {}, { as: 'ccaOrganizer' });
//   await api.close();
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Database, PrismaClient } from '@caravan/db';
import { DEMO_USERS, seedDemo } from '@caravan/db/seed';
import { createTestDatabase, type TestDatabase } from '@caravan/db/testing';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Logger } from 'pino';
import { Test } from '@nestjs/testing';
import { AppModule } from '../app.module.js';
import { RowLocks } from '../common/write/row-locks.js';
import { API_CONFIG } from '../config/config.tokens.js';
import { parseApiEnv, type ApiConfig } from '../config/env.js';
import { fastifyAdapterOptions } from '../config/fastify-options.js';
import { QUEUE_MAP, type QueueMap } from '../jobs/queues.provider.js';

export const TEST_REDIS_URL = process.env['REDIS_URL'] || 'redis://127.0.0.1:6379';

/** The demo accounts of @caravan/db's seed, by the role they play in tests. */
const ACCOUNT_EMAILS = {
  platformAdmin: 'admin@caravan.local',
  ccaOrganizer: 'cca-organizer@caravan.local',
  caucasusOrganizer: 'caucasus-organizer@caravan.local',
} as const;

export type DemoAccount = keyof typeof ACCOUNT_EMAILS;

export const DEMO_ACCOUNTS: Readonly<Record<DemoAccount, { email: string; password: string }>> = Object.fromEntries(
  Object.entries(ACCOUNT_EMAILS).map(([account, email]) => {
    const user = DEMO_USERS.find((u) => u.email === email);
    if (!user) throw new Error(`the demo seed has no account ${email}`);
    return [account, { email, password: user.password }];
  }),
) as Record<DemoAccount, { email: string; password: string }>;

export interface Credentials {
  email: string;
  password: string;
}

export interface SignedIn {
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
  user: { id: string; email: string; roles: { role: string; seriesSlug: string; editionNumber: number | null }[] };
}

export interface GqlResult<T> {
  statusCode: number;
  data: T | null | undefined;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface Caller {
  /** A demo account, an access token, or null / left out for a visitor. */
  as?: DemoAccount | { token: string } | null;
  /** An access token (the same as `as: { token }`). */
  token?: string;
  /** Client address of the request; a fresh one per call unless given (rate limits count per address). */
  address?: string;
  /** More request headers (e.g. Idempotency-Key). */
  headers?: Record<string, string>;
}

export interface TestApiOptions {
  /** What the fresh database holds before the app boots: the demo data set (default), nothing, or the caller's fixtures. */
  seed?: 'demo' | 'empty' | ((prisma: PrismaClient) => Promise<unknown>);
  /** Variables for the app's config on top of the test defaults, e.g. { REDIS_URL: 'off' }. */
  env?: Record<string, string>;
  /** A logger of the caller's (to read the app's log lines); otherwise a silent one. */
  logger?: Logger;
  /**
   * Negative controls of the concurrency tests only: false boots the app with row locks that lock
   * nothing (see common/write/row-locks.ts), to show a race test fails without them.
   */
  rowLocks?: false;
  /**
   * Negative controls only: providers replaced by a naive variant (e.g. the count-then-insert
   * place check of accreditation/capacity.int-spec.ts), to show a test catches the bug.
   */
  overrides?: readonly { provide: abstract new (...args: never[]) => unknown; useClass: new (...args: never[]) => unknown }[];
  /**
   * The PostgreSQL server to create the fresh database on, as a URL of a database there
   * (startEmbeddedTestServer().adminUrl for the embedded default); the machine's by default.
   */
  server?: string;
  /** Boot on a database the caller owns (another harness's, or one counting statements); it is not seeded or dropped. */
  database?: Database;
}

export interface TestApi {
  app: NestFastifyApplication;
  /** What the app's Redis keys (rate limits, cached answers) start with: its BULL_PREFIX and a colon. */
  redisKeyPrefix: string;
  prisma: PrismaClient;
  /** Connection string of the database (hand it to a worker or a second client). */
  url: string | null;
  gql<T>(query: string, variables?: Record<string, unknown>, caller?: Caller): Promise<GqlResult<T>>;
  /** gql bound to one caller: `api.as('ccaOrganizer').gql(mutation, variables)`. */
  as(who: Caller['as']): { gql<T>(query: string, variables?: Record<string, unknown>): Promise<GqlResult<T>> };
  signIn(credentials: Credentials, address?: string): Promise<SignedIn>;
  /** The access token of a demo account, signed in once per harness. */
  token(account: DemoAccount): Promise<string>;
  close(): Promise<void>;
}

export const SIGN_IN = `mutation($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { accessToken refreshToken expiresAt user { id email roles { role seriesSlug editionNumber } } }
}`;

/** An address from TEST-NET-2, different per call. */
export function randomAddress(): string {
  const bytes = Array.from(randomUUID().replace(/-/g, '').slice(0, 4).match(/../g) ?? [], (h) => Number.parseInt(h, 16));
  return `198.51.${bytes[0] ?? 0}.${bytes[1] ?? 1}`;
}

/** Row locks that lock nothing: the writers run exactly as they do, minus the guard. */
class NoRowLocks extends RowLocks {
  override async lock(): Promise<void> {}
}

async function bootApp(
  database: Database,
  env: Record<string, string>,
  storageRoot: string,
  rowLocks: boolean,
  logger?: Logger,
  overrides: TestApiOptions['overrides'] = [],
): Promise<NestFastifyApplication> {
  const config = parseApiEnv({
    NODE_ENV: 'test',
    // Uploads and documents of this api go to a folder of its own, removed on close.
    STORAGE_LOCAL_ROOT: storageRoot,
    REDIS_URL: TEST_REDIS_URL,
    BULL_PREFIX: `caravan-test-${randomUUID()}`,
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://api.test',
    ...env,
  });
  const testing = Test.createTestingModule({ imports: [AppModule.register({ config, database, ...(logger ? { logger } : {}) })] });
  if (!rowLocks) testing.overrideProvider(RowLocks).useClass(NoRowLocks);
  for (const override of overrides) testing.overrideProvider(override.provide).useClass(override.useClass);
  const moduleRef = await testing.compile();
  // The same proxy trust as main.ts, so tests see the client address production would.
  const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(fastifyAdapterOptions(config)), { logger: false });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

export async function startTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  let owned: TestDatabase | null = null;
  let app: NestFastifyApplication | undefined;
  let storageRoot: string | undefined;
  try {
    if (!options.database) {
      owned = await createTestDatabase(options.server ? { adminUrl: options.server } : {});
      const seed = options.seed ?? 'demo';
      if (seed === 'demo') await seedDemo(owned.db.prisma);
      else if (seed !== 'empty') await seed(owned.db.prisma);
    }
    const database = options.database ?? (owned as TestDatabase).db;
    storageRoot = await mkdtemp(path.join(tmpdir(), 'caravan-api-storage-'));
    const booted = await bootApp(database, options.env ?? {}, storageRoot, options.rowLocks ?? true, options.logger, options.overrides);
    app = booted;
    const tokens = new Map<DemoAccount, Promise<string>>();

    const gql = async <T>(query: string, variables: Record<string, unknown> = {}, caller: Caller = {}): Promise<GqlResult<T>> => {
      const token = caller.token ?? (caller.as == null ? null : typeof caller.as === 'string' ? await api.token(caller.as) : caller.as.token);
      const res = await booted.inject({
        method: 'POST',
        url: '/graphql',
        payload: { query, variables },
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...caller.headers },
        remoteAddress: caller.address ?? randomAddress(),
      });
      const body = res.json<{ data?: T | null; errors?: GqlResult<T>['errors'] }>();
      return { statusCode: res.statusCode, data: body.data, ...(body.errors ? { errors: body.errors } : {}) };
    };

    const api: TestApi = {
      app: booted,
      redisKeyPrefix: `${booted.get<ApiConfig>(API_CONFIG).bullPrefix}:`,
      prisma: database.prisma,
      url: owned?.url ?? null,
      gql,
      as: (who) => ({ gql: (query, variables) => gql(query, variables, { as: who }) }),
      async signIn(credentials, address) {
        const res = await gql<{ signIn: SignedIn }>(SIGN_IN, { ...credentials }, address ? { address } : {});
        if (!res.data?.signIn) throw new Error(`sign-in of ${credentials.email} failed: ${JSON.stringify(res.errors)}`);
        return res.data.signIn;
      },
      token(account) {
        let token = tokens.get(account);
        if (!token) {
          token = api.signIn(DEMO_ACCOUNTS[account]).then((signedIn) => signedIn.accessToken);
          tokens.set(account, token);
        }
        return token;
      },
      async close() {
        await Promise.all([...booted.get<QueueMap>(QUEUE_MAP).values()].map((queue) => queue.obliterate({ force: true })));
        await booted.close();
        await owned?.drop();
        if (storageRoot) await rm(storageRoot, { recursive: true, force: true });
      },
    };
    return api;
  } catch (error) {
    await app?.close();
    await owned?.drop();
    if (storageRoot) await rm(storageRoot, { recursive: true, force: true });
    throw error;
  }
}
