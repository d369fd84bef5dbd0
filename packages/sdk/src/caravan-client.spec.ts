// Drives the client against a GraphQL server built from the sdk's copy of the api's schema (the
// schema drift test keeps it equal to the api's), so every generated operation is validated by
// the schema the api publishes.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { buildSchema, graphql, GraphQLError, type GraphQLSchema } from 'graphql';
import { CaravanApiError } from './caravan-api.error.js';
import { createCaravanClient } from './caravan-client.js';

const schemaPath = resolve(__dirname, '../schema.graphql');

const text = (value: string, language = 'en') => ({ text: value, language, fallback: false });
const organizer = { id: 'u1', email: 'cca-organizer@caravan.local', displayName: 'CCA organizer', isPlatformAdmin: false, roles: [] };

interface Context {
  authorization: string | undefined;
}

const rootValue = {
  countries: ({ lang }: { lang?: string }) => [
    {
      code: 'KG',
      name: lang === 'ru' ? text('Кыргызстан', 'ru') : text('Kyrgyzstan'),
      capital: text('Bishkek'),
      languages: ['ky', 'ru'],
      timeZone: 'Asia/Bishkek',
      region: { code: 'central-asia', kind: 'region' },
    },
  ],
  series: () => null,
  edition: () => {
    throw new GraphQLError('Edition numbers start at 1.', { extensions: { code: 'BAD_USER_INPUT' } });
  },
  signIn: ({ email }: { email: string }) => ({ accessToken: 't0k', refreshToken: 'r1', expiresAt: '2026-11-29T10:00:00Z', user: { ...organizer, email } }),
  me: (_args: unknown, context: Context) => (context.authorization === 'Bearer t0k' ? organizer : null),
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
      const contextValue: Context = { authorization: req.headers.authorization };
      void graphql({ schema, source: query, variableValues: variables, rootValue, contextValue }).then((result) => {
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
  it('offers a typed call for every root query and mutation of the schema', () => {
    const client = createCaravanClient({ url });
    expect(Object.keys(client.query).sort()).toEqual(Object.keys(schema.getQueryType()?.getFields() ?? {}).sort());
    expect(Object.keys(client.mutation).sort()).toEqual(Object.keys(schema.getMutationType()?.getFields() ?? {}).sort());
  });

  it('runs a query with its variables against the schema and returns typed data', async () => {
    const countries = await createCaravanClient({ url }).query.countries({ lang: 'ru' });
    expect(countries).toHaveLength(1);
    expect(countries[0]?.name).toEqual({ text: 'Кыргызстан', language: 'ru', fallback: false });
    expect(countries[0]?.region.code).toBe('central-asia');
  });

  it('returns null for an unknown series', async () => {
    await expect(createCaravanClient({ url }).query.series({ slug: 'atlantis', lang: 'en' })).resolves.toBeNull();
  });

  it('throws CaravanApiError with the api error code and message', async () => {
    const error = await createCaravanClient({ url })
      .query.edition({ series: 'china-central-asia', number: 0 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaravanApiError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', message: 'Edition numbers start at 1.' });
    expect((error as CaravanApiError).isUnavailable).toBe(false);
  });

  it('signs in with a mutation and sends the access token, fixed or from a function, as a bearer token', async () => {
    const { accessToken } = await createCaravanClient({ url }).mutation.signIn({ email: 'cca-organizer@caravan.local', password: 'caravan-cca' });
    await expect(createCaravanClient({ url }).query.me()).resolves.toBeNull();
    await expect(createCaravanClient({ url, accessToken }).query.me()).resolves.toMatchObject({ email: 'cca-organizer@caravan.local' });
    await expect(createCaravanClient({ url, accessToken: async () => accessToken }).query.me()).resolves.toMatchObject({ id: 'u1' });
  });

  it('reports an unreachable api as NETWORK_ERROR', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    const error = await createCaravanClient({ url: `http://127.0.0.1:${port}/graphql` }).query.regions().catch((e: unknown) => e);
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
      const error = await createCaravanClient({ url: `http://127.0.0.1:${port}/graphql` }).query.regions().catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'HTTP_ERROR', details: { status: 502 } });
      expect((error as CaravanApiError).isUnavailable).toBe(true);
    } finally {
      await new Promise<void>((done) => failing.close(() => done()));
    }
  });
});
