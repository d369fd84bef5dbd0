// Tenancy by construction, from the outside: every writer that names other records (people,
// rooms, tracks, sessions, editions, organizations) is given records of ANOTHER series, as the
// series admin and as a platform admin writing in China–Central Asia. Another series' drafts must
// be unknown to it (BAD_USER_INPUT / NOT_FOUND, nothing written); public records (organizations,
// published people) may be named by anyone. The schema says which mutations take references: one
// without a case here fails the test.
import { isInputObjectType, isListType, isNonNullType, type GraphQLInputType, type GraphQLNamedType } from 'graphql';
import { buildApiSchema } from '../schema/schema-sdl.js';
import { registry, seedEdition, seedLooseSession, seedRoom, seedTrack, seedVenue } from '../testing/fixtures.js';
import { englishText as text } from '../testing/graphql-inputs.js';
import { useTestApi } from '../testing/suite-api.js';
import type { DemoAccount, TestApi } from '../testing/test-api.js';
import { snapshot, type MatrixTable } from './testing/authorization-matrix.js';

const CCA = 'china-central-asia';
const CAUCASUS = 'china-caucasus';

/** Argument and input-field names that name another record. */
const REFERENCES = new Set(['roomId', 'trackSlug', 'sessionSlug', 'session', 'person', 'head', 'members', 'speakers', 'organization', 'parties', 'edition', 'editionNumber']);

/**
 * Mutations whose arguments carry one of those names without naming an existing record, each with
 * why: the check below leaves them out, and fails if one of them is no longer in the schema.
 */
const NOT_REFERENCES: Readonly<Record<string, string>> = {
  launchForum: "its `edition` is the first edition of the series it creates, written with it; it names no other series' record",
};

/** What the other series has, and the records of China–Central Asia the writers change. */
interface World {
  draftPerson: string;
  caucasusId: string;
  foreignRoomId: string;
  foreignTrack: string;
  foreignSession: string;
  foreignOrganization: string;
  foreignEditionNumber: number;
  ccaPerson: string;
}

interface TenancyCase {
  /** The Mutation field. */
  name: string;
  what: string;
  mutation: string;
  /** Variables; called once per actor, so each run starts from records of its own. */
  variables(world: World, api: TestApi): Promise<Record<string, unknown>>;
  /** 'refused': another series' draft is not there. 'allowed': a public record any series may name. */
  expect: 'refused' | 'allowed';
  tables: readonly MatrixTable[];
}

let counter = 0;
const unique = (prefix: string) => `${prefix}-t${(counter += 1)}`;
const ccaId = async (api: TestApi) => (await api.prisma.series.findUniqueOrThrow({ where: { slug: CCA } })).id;
const edition11 = async (api: TestApi) => (await api.prisma.edition.findFirstOrThrow({ where: { number: 11, series: { slug: CCA } } })).id;
const ccaSession = async (api: TestApi) => seedLooseSession(api.prisma, await edition11(api), unique('session'));
const ccaDelegation = async (api: TestApi) => {
  const edition = await seedEdition(api.prisma, await ccaId(api), 200 + (counter += 1));
  return (await registry.delegation(api.prisma, edition.id, 'GE')).id;
};
const ccaAgreement = async (api: TestApi) => (await registry.agreement(api.prisma, await edition11(api), unique('agreement'))).id;
const ccaStatement = async (api: TestApi) => {
  const person = await registry.person(api.prisma, await ccaId(api), unique('author'));
  return (await registry.statement(api.prisma, await edition11(api), person.slug)).id;
};
const SESSION_FIELDS = { kind: 'PANEL', title: text('Tenancy panel'), date: '2024-10-28', startTime: '16:00', endTime: '16:30', languages: ['en'] };

const CASES: TenancyCase[] = [
  {
    name: 'setSessionSpeakers',
    what: "another series' unpublished person as a speaker",
    mutation: `mutation($id: ID!, $person: String!) { setSessionSpeakers(id: $id, speakers: [{ person: $person, role: SPEAKER }]) { id } }`,
    // A draft of its own per run, so that no run can be refused for a clash with the one before.
    variables: async (w, api) => ({ id: await ccaSession(api), person: (await registry.person(api.prisma, w.caucasusId, unique('caucasus-draft'), false)).slug }),
    expect: 'refused',
    tables: ['SessionParticipant'],
  },
  {
    name: 'setSessionSpeakers',
    what: "another series' published person as a speaker (public)",
    mutation: `mutation($id: ID!, $person: String!) { setSessionSpeakers(id: $id, speakers: [{ person: $person, role: SPEAKER }]) { id } }`,
    // A person of its own per run: loose sessions share one time slot, and a speaker cannot be in two at once.
    variables: async (w, api) => ({ id: await ccaSession(api), person: (await registry.person(api.prisma, w.caucasusId, unique('caucasus-public'), true)).slug }),
    expect: 'allowed',
    tables: ['SessionParticipant'],
  },
  {
    name: 'createSession',
    what: "a room of another series' edition",
    mutation: `mutation($input: CreateSessionInput!) { createSession(series: "${CCA}", number: 11, input: $input) { id } }`,
    variables: async (w) => ({ input: { ...SESSION_FIELDS, slug: unique('session'), roomId: w.foreignRoomId } }),
    expect: 'refused',
    tables: ['Session'],
  },
  {
    name: 'createSession',
    what: "a track slug only another series' edition has",
    mutation: `mutation($input: CreateSessionInput!) { createSession(series: "${CCA}", number: 11, input: $input) { id } }`,
    variables: async (w) => ({ input: { ...SESSION_FIELDS, slug: unique('session'), trackSlug: w.foreignTrack } }),
    expect: 'refused',
    tables: ['Session'],
  },
  {
    name: 'updateSession',
    what: "a room of another series' edition",
    mutation: `mutation($id: ID!, $room: ID!) { updateSession(id: $id, input: { roomId: $room }) { id } }`,
    variables: async (w, api) => ({ id: await ccaSession(api), room: w.foreignRoomId }),
    expect: 'refused',
    tables: ['Session'],
  },
  {
    name: 'updateSession',
    what: "a track slug only another series' edition has",
    mutation: `mutation($id: ID!, $track: String!) { updateSession(id: $id, input: { trackSlug: $track }) { id } }`,
    variables: async (w, api) => ({ id: await ccaSession(api), track: w.foreignTrack }),
    expect: 'refused',
    tables: ['Session'],
  },
  {
    name: 'createDelegation',
    what: "another series' unpublished person as head and member",
    mutation: `mutation($number: Int!, $person: String!) { createDelegation(series: "${CCA}", number: $number, input: { countryCode: "AZ", protocolOrder: 4, head: $person, members: [{ person: $person }] }) { id } }`,
    variables: async (w, api) => ({ number: (await seedEdition(api.prisma, await ccaId(api), 200 + (counter += 1))).number, person: w.draftPerson }),
    expect: 'refused',
    tables: ['Delegation', 'DelegationMember'],
  },
  {
    name: 'updateDelegation',
    what: "another series' unpublished person as head",
    mutation: `mutation($id: ID!, $person: String!) { updateDelegation(id: $id, input: { head: $person }) { id } }`,
    variables: async (w, api) => ({ id: await ccaDelegation(api), person: w.draftPerson }),
    expect: 'refused',
    tables: ['Delegation', 'DelegationMember'],
  },
  {
    name: 'setDelegationMembers',
    what: "another series' unpublished person as a member",
    mutation: `mutation($id: ID!, $person: String!) { setDelegationMembers(id: $id, members: [{ person: $person }]) { id } }`,
    variables: async (w, api) => ({ id: await ccaDelegation(api), person: w.draftPerson }),
    expect: 'refused',
    tables: ['DelegationMember'],
  },
  {
    name: 'createStatement',
    what: "another series' unpublished person as its author",
    mutation: `mutation($person: String!) { createStatement(series: "${CCA}", number: 11, input: { person: $person, summary: [{ language: "en", text: "Said something." }] }) { id } }`,
    variables: async (w) => ({ person: w.draftPerson }),
    expect: 'refused',
    tables: ['Statement'],
  },
  {
    name: 'createStatement',
    what: "a session slug only another series' edition has",
    mutation: `mutation($person: String!, $session: String!) { createStatement(series: "${CCA}", number: 11, input: { person: $person, session: $session, summary: [{ language: "en", text: "Said something." }] }) { id } }`,
    variables: async (w) => ({ person: w.ccaPerson, session: w.foreignSession }),
    expect: 'refused',
    tables: ['Statement'],
  },
  {
    name: 'updateStatement',
    what: "another series' unpublished person as its author",
    mutation: `mutation($id: ID!, $person: String!) { updateStatement(id: $id, input: { person: $person }) { id } }`,
    variables: async (w, api) => ({ id: await ccaStatement(api), person: w.draftPerson }),
    expect: 'refused',
    tables: ['Statement'],
  },
  {
    name: 'updateStatement',
    what: "a session slug only another series' edition has",
    mutation: `mutation($id: ID!, $session: String!) { updateStatement(id: $id, input: { session: $session }) { id } }`,
    variables: async (w, api) => ({ id: await ccaStatement(api), session: w.foreignSession }),
    expect: 'refused',
    tables: ['Statement'],
  },
  {
    name: 'createAgreement',
    what: "a track and session only another series' edition has",
    mutation: `mutation($input: CreateAgreementInput!) { createAgreement(series: "${CCA}", number: 11, input: $input) { id } }`,
    variables: async (w) => ({
      input: { slug: unique('agreement'), title: text('Tenancy deal'), type: 'TRADE', parties: [{ countryCode: 'CN' }, { countryCode: 'KZ' }], trackSlug: w.foreignTrack, sessionSlug: w.foreignSession },
    }),
    expect: 'refused',
    tables: ['Agreement', 'AgreementParty'],
  },
  {
    name: 'createAgreement',
    what: "another series' organization as a party (organizations are public)",
    mutation: `mutation($input: CreateAgreementInput!) { createAgreement(series: "${CCA}", number: 11, input: $input) { id } }`,
    variables: async (w) => ({
      input: { slug: unique('agreement'), title: text('Tenancy deal'), type: 'TRADE', parties: [{ organization: w.foreignOrganization }, { countryCode: 'KZ' }] },
    }),
    expect: 'allowed',
    tables: ['Agreement', 'AgreementParty'],
  },
  {
    name: 'updateAgreement',
    what: "a session slug only another series' edition has",
    mutation: `mutation($id: ID!, $session: String!) { updateAgreement(id: $id, input: { sessionSlug: $session }) { id } }`,
    variables: async (w, api) => ({ id: await ccaAgreement(api), session: w.foreignSession }),
    expect: 'refused',
    tables: ['Agreement'],
  },
  {
    name: 'addAgreementMilestone',
    what: "an edition number only another series has",
    mutation: `mutation($id: ID!, $edition: Int!) { addAgreementMilestone(id: $id, status: IN_IMPLEMENTATION, date: "2025-03-01", edition: $edition) { id } }`,
    variables: async (w, api) => ({ id: (await registry.agreement(api.prisma, await edition11(api), unique('agreement'), 'SIGNED')).id, edition: w.foreignEditionNumber }),
    expect: 'refused',
    tables: ['Agreement', 'AgreementMilestone'],
  },
  {
    name: 'createPerson',
    what: "another series' organization as employer (organizations are public)",
    mutation: `mutation($slug: String!, $organization: String!) { createPerson(series: "${CCA}", input: { slug: $slug, name: [{ language: "en", text: "T. Enant" }], position: [{ language: "en", text: "Adviser" }], organization: $organization }) { id } }`,
    variables: async (w) => ({ slug: unique('person'), organization: w.foreignOrganization }),
    expect: 'allowed',
    tables: ['Person'],
  },
  {
    name: 'updatePerson',
    what: "another series' organization as employer (organizations are public)",
    mutation: `mutation($slug: String!, $organization: String!) { updatePerson(slug: $slug, input: { organization: $organization }) { id } }`,
    variables: async (w, api) => ({ slug: (await registry.person(api.prisma, await ccaId(api), unique('person'))).slug, organization: w.foreignOrganization }),
    expect: 'allowed',
    tables: ['Person'],
  },
  {
    name: 'grantRole',
    what: "an edition number only another series has",
    mutation: `mutation($email: String!, $edition: Int!) { grantRole(userEmail: $email, role: PROGRAMME_EDITOR, seriesSlug: "${CCA}", editionNumber: $edition) { id } }`,
    variables: async (w, api) => {
      const user = await api.prisma.user.create({ data: { email: `${unique('tenant')}@example.org`, passwordHash: 'not used', displayName: 'Tenant' } });
      return { email: user.email, edition: w.foreignEditionNumber };
    },
    expect: 'refused',
    tables: ['RoleGrant'],
  },
];

/** Every string and number in a variables object. */
function leaves(value: unknown): (string | number)[] {
  if (typeof value === 'string' || typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(leaves);
  return [];
}

/** Names of the arguments and (nested) input fields of a mutation. */
function fieldNames(type: GraphQLInputType, seen = new Set<GraphQLNamedType>()): string[] {
  const named = isNonNullType(type) || isListType(type) ? fieldNames(type.ofType, seen) : null;
  if (named) return named;
  if (!isInputObjectType(type) || seen.has(type)) return [];
  seen.add(type);
  return Object.values(type.getFields()).flatMap((field) => [field.name, ...fieldNames(field.type, seen)]);
}

describe('tenancy of the organizer writers', () => {
  const api = useTestApi();
  let world: World;

  // After useTestApi's own beforeAll, which starts the api.
  beforeAll(async () => {
    const prisma = api.prisma;
    const caucasus = (await prisma.series.findUniqueOrThrow({ where: { slug: CAUCASUS } })).id;
    const edition = await seedEdition(prisma, caucasus, 7);
    const venue = await seedVenue(prisma, edition.id, 'tbilisi-hall');
    const track = 'caucasus-only-track';
    await seedTrack(prisma, edition.id, track);
    await seedLooseSession(prisma, edition.id, 'caucasus-only-session', false);
    world = {
      draftPerson: (await registry.person(prisma, caucasus, 'caucasus-draft-person', false)).slug,
      caucasusId: caucasus,
      foreignRoomId: await seedRoom(prisma, venue, 'tbilisi-room'),
      foreignTrack: track,
      foreignSession: 'caucasus-only-session',
      foreignOrganization: (await registry.organization(prisma, caucasus, 'caucasus-chamber')).slug,
      foreignEditionNumber: edition.number,
      ccaPerson: (await registry.person(prisma, await ccaId(api), 'cca-author', true)).slug,
    };
  });

  it('has a case for every mutation that names other records', async () => {
    const mutation = (await buildApiSchema()).getMutationType();
    if (!mutation) throw new Error('the schema has no Mutation type');
    const taking = Object.values(mutation.getFields())
      .filter((field) => field.args.some((arg) => REFERENCES.has(arg.name) || fieldNames(arg.type).some((name) => REFERENCES.has(name))))
      .map((field) => field.name)
      .sort();
    expect(Object.keys(NOT_REFERENCES).filter((name) => !taking.includes(name))).toEqual([]);
    expect(taking.length).toBeGreaterThan(10);
    expect(taking.filter((name) => !CASES.some((c) => c.name === name) && !(name in NOT_REFERENCES))).toEqual([]);
  });

  const runs = CASES.flatMap((c) => (['ccaOrganizer', 'platformAdmin'] as DemoAccount[]).map((as) => [c.name, c.what, as, c] as const));

  it.each(runs)('%s with %s, as %s', async (_name, _what, as, c) => {
    const variables = await c.variables(world, api);
    const watched: MatrixTable[] = [...c.tables, 'AuditEntry'];
    const before = await snapshot(api.prisma, watched);
    const res = await api.gql(c.mutation, variables, { as });
    const after = await snapshot(api.prisma, watched);
    if (c.expect === 'refused') {
      expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(res.errors?.[0]?.extensions?.['code']);
      // Refused for naming the other series' record, not for some other fault of the input.
      const foreign = leaves(variables).filter((value) => value === world.foreignRoomId || value === world.foreignEditionNumber || String(value).startsWith('caucasus-'));
      expect(foreign.length).toBeGreaterThan(0);
      const message = res.errors?.[0]?.message ?? '';
      expect({ message, namesTheRecord: foreign.some((value) => message.includes(String(value))) }).toEqual({ message, namesTheRecord: true });
      expect(after).toEqual(before);
    } else {
      expect(res.errors).toBeUndefined();
      expect(after.get('AuditEntry')?.rows).toBe((before.get('AuditEntry')?.rows ?? 0) + 1);
    }
  });
});
