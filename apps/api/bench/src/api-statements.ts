// Records the SQL statements the real api sends for one programme request, through Prisma's own
// query log, so the bench can prove the bare handler runs the very same statements. This boots
// the built AppModule in this process on a Prisma client with the query log on; the measured api
// runs elsewhere (api-server.ts) on the client the app opens itself, with no log.
import 'reflect-metadata';
import type { Database } from '@caravan/db';
import { PrismaClient } from '@caravan/db';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { PrismaPg } from '@prisma/adapter-pg';
import { AppModule } from '../../dist/app.module.js';
import { parseApiEnv } from '../../dist/config/env.js';
import { PROGRAMME_REQUEST_BODY } from './programme-query.js';
import type { Statement } from './statement.js';

export interface ApiCapture {
  statements: Statement[];
  /** The GraphQL response body, parsed. */
  body: unknown;
}

function parseParams(raw: string): unknown[] {
  const parsed: unknown = JSON.parse(raw);
  if (!Array.isArray(parsed)) throw new Error(`Prisma logged parameters that are not a list: ${raw}`);
  return parsed;
}

export async function captureApiStatements(databaseUrl: string): Promise<ApiCapture> {
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, max: 2 }),
    log: [{ emit: 'event', level: 'query' }],
  });
  const statements: Statement[] = [];
  let recording = false;
  prisma.$on('query', (event) => {
    if (recording) statements.push({ sql: event.query, params: parseParams(event.params) });
  });
  const database: Database = { prisma, kind: 'postgres', close: () => prisma.$disconnect() };
  // No Redis and an outbox poll far in the future: nothing but the request may touch the database.
  const config = parseApiEnv({ NODE_ENV: 'test', REDIS_URL: 'off', LOG_LEVEL: 'silent', OUTBOX_POLL_MS: '3600000' });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register({ config, database }), new FastifyAdapter(), { logger: false });
  try {
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    recording = true;
    const response = await app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: PROGRAMME_REQUEST_BODY,
    });
    recording = false;
    if (response.statusCode !== 200) {
      throw new Error(`the api answered ${response.statusCode} while its SQL was recorded: ${response.body.slice(0, 500)}`);
    }
    return { statements, body: response.json() };
  } finally {
    await app.close();
    await database.close();
  }
}
