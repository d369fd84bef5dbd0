// Not-found comes after the sign-in check: a visitor calling any organizer mutation is told to sign
// in, whether what it names is missing, unpublished or published, so visitors cannot probe for
// drafts. Every Mutation field of the schema is called anonymously with arguments naming nothing
// that exists; the ones open to visitors must be exactly the matrix's PUBLIC_MUTATIONS. Reads by
// slug answer a visitor the same for a draft as for a typo.
import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { PUBLIC_MUTATIONS } from '../manage/testing/authorization-matrix.js';
import { buildApiSchema } from '../schema/schema-sdl.js';
import { registry, seedCatalogueAndForum, seedEdition } from '../testing/fixtures.js';
import { startTestApi, type TestApi } from '../testing/test-api.js';
import { SignedInMutationsGuard } from './signed-in-mutations.guard.js';

/** A GraphQL literal of the type that names nothing on the platform. */
function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return '[]';
  if (isEnumType(type)) return type.getValues()[0]?.name ?? 'null';
  if (isInputObjectType(type)) {
    const required = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return `{ ${required.map((field) => `${field.name}: ${literal(field.type)}`).join(', ')} }`;
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return `"${randomUUID()}"`;
      case 'Int':
        return '987654';
      case 'Float':
        return '1.5';
      case 'Boolean':
        return 'true';
      case 'JSONObject':
        return '{ nothing: "here" }';
      default:
        return '"no-such-record"';
    }
  }
  return 'null';
}

/** The mutation called with its required arguments, selecting only __typename of an object result. */
function anonymousCall(field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const argText = args.length ? `(${args.map((arg) => `${arg.name}: ${literal(arg.type)}`).join(', ')})` : '';
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `mutation { ${field.name}${argText}${selection} }`;
}

describe(SignedInMutationsGuard.name, () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({
      seed: async (prisma) => {
        const forum = await seedCatalogueAndForum(prisma, { sessions: 1 });
        await seedEdition(prisma, forum.seriesId, 40, { published: false });
        await registry.person(prisma, forum.seriesId, 'draft-person', false);
      },
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('tells a visitor to sign in for every organizer mutation, before looking up what it names', async () => {
    const mutation = (await buildApiSchema()).getMutationType();
    if (!mutation) throw new Error('the schema has no Mutation type');
    const answers: Record<string, string> = {};
    for (const field of Object.values(mutation.getFields())) {
      const res = await api.gql(anonymousCall(field));
      const error = res.errors?.[0];
      answers[field.name] = error?.message.startsWith(`Sign in to run ${field.name}:`) && error.extensions?.['code'] === 'UNAUTHENTICATED' ? 'sign in' : 'open';
    }
    const open = Object.keys(answers).filter((name) => answers[name] === 'open').sort();
    expect(open).toEqual(Object.keys(PUBLIC_MUTATIONS).sort());
    expect(Object.values(answers).filter((answer) => answer === 'sign in').length).toBeGreaterThan(40);
  });

  it.each([
    ['an unpublished edition', 'mutation { updateEdition(series: "china-central-asia", number: 40, input: { attendance: 5 }) { id } }', 'mutation { updateEdition(series: "china-central-asia", number: 41, input: { attendance: 5 }) { id } }'],
    ['an unpublished person', 'mutation { updatePerson(slug: "draft-person", input: { countryCode: "KZ" }) { id } }', 'mutation { updatePerson(slug: "no-person", input: { countryCode: "KZ" }) { id } }'],
    ['a series it does not organize', 'mutation { createPerson(series: "china-central-asia", input: { slug: "x", name: [{ language: "en", text: "X" }], position: [{ language: "en", text: "X" }] }) { id } }', 'mutation { createPerson(series: "no-series", input: { slug: "x", name: [{ language: "en", text: "X" }], position: [{ language: "en", text: "X" }] }) { id } }'],
  ])('answers a visitor the same for %s as for one that does not exist', async (_what, existing, missing) => {
    const [a, b] = [await api.gql(existing), await api.gql(missing)];
    expect(a.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect({ code: b.errors?.[0]?.extensions?.['code'], message: b.errors?.[0]?.message }).toEqual({ code: a.errors?.[0]?.extensions?.['code'], message: a.errors?.[0]?.message });
  });

  it('answers a visitor the same for a draft person or edition as for a typo when reading', async () => {
    const person = (slug: string) => api.gql(`{ person(slug: "${slug}") { slug } }`);
    const edition = (number: number) => api.gql(`{ edition(series: "china-central-asia", number: ${number}) { number } }`);
    const strip = (res: Awaited<ReturnType<typeof person>>) => JSON.stringify(res).replaceAll('draft-person', 'X').replaceAll('no-person', 'X').replaceAll('40', 'N').replaceAll('41', 'N');
    expect(strip(await person('draft-person'))).toBe(strip(await person('no-person')));
    expect(strip(await edition(40))).toBe(strip(await edition(41)));
  });
});
