// Boots the real api (Nest on Fastify through @nestjs/testing) on a given database, with a
// Bull prefix of its own so parallel runs never share queues.
import { randomUUID } from 'node:crypto';
import type { Database } from '@caravan/db';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { AppModule } from '../app.module.js';
import { parseApiEnv } from '../config/env.js';

export const TEST_REDIS_URL = process.env['REDIS_URL'] || 'redis://127.0.0.1:6379';

export async function createTestApp(database: Database, env: Record<string, string> = {}): Promise<NestFastifyApplication> {
  const config = parseApiEnv({
    NODE_ENV: 'test',
    REDIS_URL: TEST_REDIS_URL,
    BULL_PREFIX: `caravan-test-${randomUUID()}`,
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://api.test',
    ...env,
  });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.register({ config, database })] }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: false });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

export interface GqlResponse<T> {
  statusCode: number;
  data: T | null | undefined;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export async function gql<T>(app: NestFastifyApplication, query: string, variables: Record<string, unknown> = {}): Promise<GqlResponse<T>> {
  const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query, variables } });
  const body = res.json<{ data?: T | null; errors?: GqlResponse<T>['errors'] }>();
  return { statusCode: res.statusCode, data: body.data, errors: body.errors };
}
