// Boots only what auth and audit need (config, logger, database, GraphQL on Fastify, the auth
// and audit modules) on a test database, configured the way the api configures GraphQL.
import { randomUUID } from 'node:crypto';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import type { Database, OrganizerRole, PrismaClient } from '@caravan/db';
import { AuditModule } from '../../audit/audit.module.js';
import { formatExecutionResult } from '../../common/errors/format-graphql-error.js';
import { CONTEXT_KEY, createRequestContext } from '../../common/graphql/request-context.js';
import { createLogger } from '../../common/logger.js';
import { API_CONFIG, LOGGER } from '../../config/config.tokens.js';
import { parseApiEnv, type ApiConfig } from '../../config/env.js';
import { DatabaseModule } from '../../database/database.module.js';
import { AuthModule } from '../auth.module.js';
import { PasswordHasher } from '../password-hasher.js';

export const TEST_REDIS_URL = process.env['REDIS_URL'] || 'redis://127.0.0.1:6379';

@Global()
@Module({})
class TestCoreModule {
  static register(config: ApiConfig): DynamicModule {
    return {
      module: TestCoreModule,
      providers: [
        { provide: API_CONFIG, useValue: config },
        { provide: LOGGER, useValue: createLogger(config.logLevel) },
      ],
      exports: [API_CONFIG, LOGGER],
    };
  }
}

export async function createAuthTestApp(database: Database): Promise<NestFastifyApplication> {
  const config = parseApiEnv({ NODE_ENV: 'test', REDIS_URL: TEST_REDIS_URL, LOG_LEVEL: 'silent', BULL_PREFIX: `caravan-test-${randomUUID()}` });
  const logger = createLogger('silent');
  const moduleRef = await Test.createTestingModule({
    imports: [
      TestCoreModule.register(config),
      DatabaseModule.register(database),
      GraphQLModule.forRoot<MercuriusDriverConfig>({
        driver: MercuriusDriver,
        autoSchemaFile: true,
        sortSchema: true,
        jit: 1,
        context: () => ({ [CONTEXT_KEY]: createRequestContext() }),
        errorFormatter: (execution) => formatExecutionResult(execution, logger),
      }),
      AuthModule,
      AuditModule,
    ],
  }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

export interface GqlResult<T> {
  data: T | null | undefined;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface GqlOptions {
  token?: string;
  /** Client address the request comes from; tests use their own so rate limits do not collide. */
  address?: string;
}

export async function gqlAs<T>(app: NestFastifyApplication, query: string, variables: Record<string, unknown> = {}, options: GqlOptions = {}): Promise<GqlResult<T>> {
  const res = await app.inject({
    method: 'POST',
    url: '/graphql',
    payload: { query, variables },
    headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
    remoteAddress: options.address ?? randomAddress(),
  });
  return res.json<GqlResult<T>>();
}

/** An address from TEST-NET-2, different per call. */
export function randomAddress(): string {
  const bytes = Array.from(randomUUID().replace(/-/g, '').slice(0, 4).match(/../g) ?? [], (h) => Number.parseInt(h, 16));
  return `198.51.${bytes[0] ?? 0}.${bytes[1] ?? 1}`;
}

export interface OrganizerSeed {
  email?: string;
  password?: string;
  displayName?: string;
  isPlatformAdmin?: boolean;
  grants?: { role: OrganizerRole; seriesId: string; editionId?: string | null }[];
}

export interface SeededOrganizer {
  id: string;
  email: string;
  password: string;
}

const hasher = new PasswordHasher();

/** Creates an account the way createOrganizer does (argon2id hash), with the given grants. */
export async function seedOrganizer(prisma: PrismaClient, seed: OrganizerSeed = {}): Promise<SeededOrganizer> {
  const email = seed.email ?? `organizer-${randomUUID()}@example.org`;
  const password = seed.password ?? `correct horse ${randomUUID()}`;
  const user = await prisma.user.create({
    data: {
      email,
      displayName: seed.displayName ?? 'Test Organizer',
      passwordHash: await hasher.hash(password),
      isPlatformAdmin: seed.isPlatformAdmin ?? false,
      roleGrants: { create: (seed.grants ?? []).map((g) => ({ role: g.role, seriesId: g.seriesId, editionId: g.editionId ?? null })) },
    },
  });
  return { id: user.id, email, password };
}

export const SIGN_IN = `mutation($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { accessToken refreshToken expiresAt user { id email roles { role seriesSlug editionNumber } } }
}`;

export interface SignInData {
  signIn: { accessToken: string; refreshToken: string; expiresAt: string; user: { id: string; email: string; roles: { role: string; seriesSlug: string; editionNumber: number | null }[] } };
}

export async function signIn(app: NestFastifyApplication, organizer: SeededOrganizer): Promise<SignInData['signIn']> {
  const res = await gqlAs<SignInData>(app, SIGN_IN, { email: organizer.email, password: organizer.password });
  if (!res.data?.signIn) throw new Error(`sign-in of ${organizer.email} failed: ${JSON.stringify(res.errors)}`);
  return res.data.signIn;
}
