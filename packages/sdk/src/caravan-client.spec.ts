// Drives the client against a GraphQL server built from the api's schema file, so the sdk's
// operations are validated by the same schema the api publishes.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { buildSchema, graphql, GraphQLError, type GraphQLSchema } from 'graphql';
import { CaravanApiError } from './caravan-api.error.js';
import { createCaravanClient } from './caravan-client.js';

const schemaPath = process.env.CARAVAN_SCHEMA ?? resolve(__dirname, '../../../apps/api/schema.gql');

const text = (value: string) => ({ text: value, language: 'en', fallback: false });
const kyrgyzstan = { code: 'KG', name: text('Kyrgyzstan'), capital: text('Bishkek'), languages: ['ky', 'ru'], timeZone: 'Asia/Bishkek' };

const rootValue = {
  seriesList: ({ lang }: { lang?: string }) => [
    {
      id: 's1',
      slug: 'china-central-asia',
      themeKey: 'central-asia',
      status: 'CONCLUDED',
      name: { text: lang === 'ru' ? 'Форум сотрудничества «Китай — Центральная Азия»' : 'China–Central Asia Cooperation Forum', language: lang ?? 'en', fallback: false },
      shortName: text('C+C5 Forum'),
      region: { code: 'central-asia', kind: 'MACRO_REGION', name: text('Central Asia') },
      partnerCountry: { ...kyrgyzstan, code: 'CN', name: text('China'), capital: text('Beijing'), languages: ['zh'], timeZone: 'Asia/Shanghai' },
      latestEdition: { number: 11, status: 'CONCLUDED', startDate: '2024-10-25', endDate: '2024-10-28', timeZone: 'Asia/Shanghai', theme: text('Green development'), hostCity: text('Yinchuan') },
    },
  ],
  series: () => null,
  edition: () => {
    throw new GraphQLError('Edition numbers start at 1.', { extensions: { code: 'BAD_USER_INPUT' } });
  },
};

let schema: GraphQLSchema;
let server: Server;
let url: string;

beforeAll(async () => {
  schema = buildSchema(readFileSync(schemaPath, 'utf8'));
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const { query, variables } = JSON.parse(body) as { query: string; variables: Record<string, unknown> };
      void graphql({ schema, source: query, variableValues: variables, rootValue }).then((result) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(result));
      });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
});

describe(createCaravanClient.name, () => {
  it('runs the seriesList operation against the schema and returns typed data', async () => {
    const list = await createCaravanClient({ url }).seriesList('ru');
    expect(list).toHaveLength(1);
    expect(list[0]?.name.text).toBe('Форум сотрудничества «Китай — Центральная Азия»');
    expect(list[0]?.latestEdition?.hostCity.text).toBe('Yinchuan');
    expect(list[0]?.partnerCountry?.code).toBe('CN');
  });

  it('returns null for an unknown series', async () => {
    await expect(createCaravanClient({ url }).series('atlantis', 'en')).resolves.toBeNull();
  });

  it('throws CaravanApiError with the api error code and message', async () => {
    const error = await createCaravanClient({ url }).edition('china-central-asia', 0, 'en').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaravanApiError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', message: 'Edition numbers start at 1.' });
    expect((error as CaravanApiError).isUnavailable).toBe(false);
  });

  it('reports an unreachable api as NETWORK_ERROR', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    const error = await createCaravanClient({ url: `http://127.0.0.1:${port}/graphql` }).seriesList().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaravanApiError);
    expect((error as CaravanApiError).code).toBe('NETWORK_ERROR');
    expect((error as CaravanApiError).isUnavailable).toBe(true);
    expect((error as CaravanApiError).message).toContain(`127.0.0.1:${port}`);
  });

  it('reports a non-GraphQL failure as HTTP_ERROR with its status', async () => {
    const failing = createServer((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<h1>Bad gateway</h1>');
    });
    await new Promise<void>((done) => failing.listen(0, '127.0.0.1', done));
    const port = (failing.address() as AddressInfo).port;
    try {
      const error = await createCaravanClient({ url: `http://127.0.0.1:${port}/graphql` }).seriesList().catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'HTTP_ERROR', details: { status: 502 } });
      expect((error as CaravanApiError).isUnavailable).toBe(true);
    } finally {
      await new Promise<void>((done) => failing.close(() => done()));
    }
  });
});
