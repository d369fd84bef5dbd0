import { randomBytes } from 'node:crypto';
import { startTestApi, type TestApi } from '../testing/test-api.js';
import { MAX_ERROR_MESSAGE_LENGTH } from '../common/errors/format-graphql-error.js';
import { graphqlHardening, QUERY_TOKEN_LIMIT } from './graphql-hardening.js';

/** `{ seriesList { latestEdition { series { latestEdition ... { id } } } } }`, `levels` fields deep (one list, so cheap). */
function deepQuery(levels: number): string {
  let body = 'id';
  for (let level = levels - 2; level > 0; level -= 1) body = `${level % 2 === 1 ? 'latestEdition' : 'series'} { ${body} }`;
  return `{ seriesList { ${body} } }`;
}

const NESTED_PAGES = `query($outer: Int, $inner: Int) { agreements(series: "china-central-asia", first: $outer) {
  edges { node { slug edition { agreements(first: $inner) { edges { node { slug title { text } } } } } } } } }`;

describe(graphqlHardening.name, () => {
  let api: TestApi;
  let production: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ seed: 'empty', env: { REDIS_URL: 'off' } });
    production = await startTestApi({ database: { prisma: api.prisma, kind: 'postgres', close: async () => undefined }, env: { NODE_ENV: 'production', AUTH_SECRET: randomBytes(48).toString('base64'), BADGE_KEY_SECRET: randomBytes(48).toString('base64'), SMTP_HOST: 'smtp.example.org', MAIL_FROM: 'no-reply@forum.example.org', STORAGE_DRIVER: 'local' } });
  });

  afterAll(async () => {
    await production?.close();
    await api?.close();
  });

  it('refuses a query deeper than the limit with QUERY_TOO_DEEP naming the limit', async () => {
    const allowed = await api.gql<{ seriesList: unknown[] }>(deepQuery(12));
    expect(allowed.errors).toBeUndefined();
    const res = await api.gql<null>(deepQuery(14));
    expect(res.statusCode).toBe(400);
    expect(res.errors).toHaveLength(1);
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_DEEP', limit: 12, actual: 14 });
    expect(res.errors?.[0]?.message).toBe('The query is 14 levels deep; the limit is 12. Select fewer nested fields, or split the query.');
  });

  it('refuses a query whose nested pages cost more than the limit, counting variables', async () => {
    const cheap = await api.gql<{ agreements: unknown }>(NESTED_PAGES, { outer: 5, inner: 5 });
    expect(cheap.errors).toBeUndefined();
    const res = await api.gql<null>(NESTED_PAGES, { outer: 100, inner: 100 });
    expect(res.statusCode).toBe(400);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 10_000 });
    expect(res.errors?.[0]?.extensions?.['actual']).toBeGreaterThan(10_000);
    expect(res.errors?.[0]?.message).toMatch(/^The query costs \d+, more than the limit of 10000\./);
  });

  it('answers 413 with PAYLOAD_TOO_LARGE for a body over 1 MiB', async () => {
    const padding = 'x'.repeat(1_100_000);
    const res = await api.app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ seriesList { slug } }', variables: { padding } } });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({
      data: null,
      errors: [
        {
          message: 'The request body is larger than the limit of 1048576 bytes. Send a shorter query, or fewer variables.',
          extensions: { code: 'PAYLOAD_TOO_LARGE', limit: 1_048_576 },
        },
      ],
    });
  });

  it('keeps introspection and suggestions outside production', async () => {
    const res = await api.gql<{ __schema: { queryType: { name: string } } }>('{ __schema { queryType { name } } }');
    expect(res.data?.__schema.queryType.name).toBe('Query');
    const typo = await api.gql<null>('{ seriesLis { slug } }');
    expect(typo.errors?.[0]?.message).toBe('Cannot query field "seriesLis" on type "Query". Did you mean "seriesList" or "series"?');
  });

  it('refuses introspection and drops field suggestions in production, without stack traces', async () => {
    const res = await production.gql<null>('{ __schema { queryType { name } } }');
    expect(res.statusCode).toBe(400);
    expect(res.errors?.[0]?.message).toContain('introspection has been disabled');
    expect(res.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await production.gql<null>('{ seriesLis { slug } }');
    expect(typo.errors?.[0]?.message).toBe('Cannot query field "seriesLis" on type "Query".');
    const served = await production.gql<{ seriesList: unknown[] }>('{ seriesList { slug } }');
    expect(served.data).toEqual({ seriesList: [] });
    for (const error of [...(res.errors ?? []), ...(typo.errors ?? [])]) {
      expect(JSON.stringify(error)).not.toMatch(/stack|\.ts:\d+|node_modules/);
    }
  });

  it('answers a 1 MiB invalid value quickly with a truncated message, also where suggestions are stripped', async () => {
    // Repeating the suggestion phrase is what made the old suggestion-stripping pattern quadratic.
    const value = 'Did you mean '.repeat(80_000);
    expect(value.length).toBeGreaterThan(1_000_000);
    const query = 'query($kind: SessionKind) { edition(series: "x", number: 1) { sessions(kind: $kind) { slug } } }';
    for (const target of [production, api]) {
      const res = await target.gql<null>(query, { kind: value });
      expect(res.statusCode).toBe(400);
      expect(res.errors).toHaveLength(1);
      const message = res.errors?.[0]?.message ?? '';
      expect(message.startsWith('Variable "$kind" got invalid value "Did you mean Did you mean')).toBe(true);
      expect(message.length).toBeLessThanOrEqual(MAX_ERROR_MESSAGE_LENGTH);
      expect(message.endsWith(' … (truncated)')).toBe(true);
      expect(res.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('refuses an operation with more root fields than the limit, aliases and fragments counted, before anything runs', async () => {
    const fields = (count: number) => Array.from({ length: count }, (_, i) => `a${i}: seriesList { slug }`).join(' ');
    expect((await api.gql(`{ ${fields(20)} __typename }`)).errors).toBeUndefined();
    for (const query of [`{ ${fields(21)} }`, `query { ...F ... on Query { extra: seriesList { slug } } } fragment F on Query { ${fields(20)} }`]) {
      const res = await api.gql<null>(query);
      expect(res.statusCode).toBe(400);
      expect(res.errors?.[0]?.extensions).toEqual({ code: 'QUERY_TOO_WIDE', limit: 20, actual: 21 });
      expect(res.errors?.[0]?.message).toBe('The operation selects 21 root fields (aliases included), more than the limit of 20. Split it into several requests.');
    }
    // Mutations too: nothing is written when the operation is refused.
    const before = await api.prisma.auditEntry.count();
    const signIns = Array.from({ length: 21 }, (_, i) => `s${i}: signIn(email: "nobody@example.org", password: "wrong password") { accessToken }`).join(' ');
    const refused = await api.gql<null>(`mutation { ${signIns} }`);
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_WIDE');
    expect(await api.prisma.auditEntry.count()).toBe(before);
  });

  it('prices plain lists per item: the cyclic session -> speaker -> person -> sessions query is refused', async () => {
    const cyclic = `{ edition(series: "china-central-asia", number: 11) { sessions { speakers { person { sessions { speakers { person {
      sessions { slug title { text } } } } } } } } } }`;
    const res = await api.gql<null>(cyclic);
    expect(res.statusCode).toBe(400);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 10_000 });
    expect(Number(res.errors?.[0]?.extensions?.['actual'])).toBeGreaterThan(100_000);
  });

  it('replaces an answer larger than RESPONSE_LIMIT_BYTES with RESPONSE_TOO_LARGE', async () => {
    const small = await startTestApi({ database: { prisma: api.prisma, kind: 'postgres', close: async () => undefined }, env: { REDIS_URL: 'off', RESPONSE_LIMIT_BYTES: '2048' } });
    try {
      expect((await small.gql<{ seriesList: unknown[] }>('{ seriesList { slug } }')).data).toEqual({ seriesList: [] });
      const res = await small.app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ __schema { types { name description fields { name description } } } }' } });
      expect(res.statusCode).toBe(400);
      expect(res.body.length).toBeLessThan(2048);
      const body = res.json<{ data: null; errors: { message: string; extensions: Record<string, unknown> }[] }>();
      expect(body.data).toBeNull();
      expect(body.errors[0]?.extensions).toEqual({ code: 'RESPONSE_TOO_LARGE', limit: 2048 });
      expect(body.errors[0]?.message).toMatch(/^The answer would be \d+ bytes, more than the limit of 2048\./);
    } finally {
      await small.close();
    }
  });
  it('refuses a document nested thousands of levels deep while parsing, instead of overflowing the stack', async () => {
    for (const query of ['{ ' + 'series(slug: "x") { editions { '.repeat(3000), '{a'.repeat(5000)]) {
      const res = await api.app.inject({ method: 'POST', url: '/graphql', payload: { query } });
      expect(res.statusCode).toBe(400);
      expect(res.body).not.toMatch(/Maximum call stack|INTERNAL_SERVER_ERROR/);
      expect(res.json<{ errors: { message: string }[] }>().errors[0]?.message).toBe(`Syntax Error: Document contains more that ${QUERY_TOKEN_LIMIT} tokens. Parsing aborted.`);
    }
  });

  it('answers a request without a query with 400 and what to send', async () => {
    for (const payload of [{}, { query: '' }, { variables: { a: 1 } }]) {
      const res = await api.app.inject({ method: 'POST', url: '/graphql', payload });
      expect(res.statusCode).toBe(400);
      expect(res.json<{ errors: { message: string; extensions: { code: string } }[] }>().errors[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' }, message: expect.stringContaining('carries no GraphQL query') });
    }
    expect((await api.app.inject({ method: 'GET', url: '/graphql' })).statusCode).toBe(400);
  });

  it('refuses a NUL character in a variable or an argument, naming where it is, before anything runs', async () => {
    const inVariable = await api.gql<null>('query($s: String!) { series(slug: $s) { slug } }', { s: 'a\u0000b' });
    expect(inVariable.statusCode).toBe(400);
    expect(inVariable.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', problems: [{ field: 's', reason: 'must not contain the NUL character (U+0000)' }] });
    const nested = await api.gql<null>('query($f: AgreementFilter) { agreements(series: "x", filter: $f) { totalCount } }', { f: { country: 'K\u0000Z' } });
    expect(nested.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const inArgument = await api.gql<null>('{ series(slug: "a\\u0000b") { slug } }');
    expect(inArgument.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', problems: [{ field: 'slug', reason: 'must not contain the NUL character (U+0000)' }] });
  });

  it('refuses the other C0 and C1 control characters in plain strings, naming where they are, and lets tab and line breaks through', async () => {
    const CONTROL = 'must not contain control characters (other than tab and line breaks)';
    for (const control of ['\u0007', '\u001B', '\u007F', '\u0085', '\u009F']) {
      const inVariable = await api.gql<null>('query($s: String!) { series(slug: $s) { slug } }', { s: `a${control}b` });
      expect({ control, status: inVariable.statusCode, extensions: inVariable.errors?.[0]?.extensions }).toEqual({
        control,
        status: 400,
        extensions: { code: 'BAD_USER_INPUT', problems: [{ field: 's', reason: CONTROL }] },
      });
    }
    const nested = await api.gql<null>('query($f: AgreementFilter) { agreements(series: "x", filter: $f) { totalCount } }', { f: { country: 'K\u001BZ' } });
    expect(nested.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', problems: [{ field: 'f.country', reason: CONTROL }] });
    const inArgument = await api.gql<null>('{ series(slug: "a\\u0008b") { slug } }');
    expect(inArgument.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', problems: [{ field: 'slug', reason: CONTROL }] });
    // Negative control: tab, line feed and carriage return are text; the query runs (and finds no such series).
    const lines = await api.gql<{ series: null }>('query($s: String!) { series(slug: $s) { slug } }', { s: 'a\tb\r\nc' });
    expect(lines.errors?.[0]?.extensions?.['code']).not.toBe('BAD_USER_INPUT');
  });
});
