// Delegations through the api: one per country and edition, people named by slug (and which
// people a series may name), members in protocol order, read back through the public query.
import { createMatrixContext } from '../testing/authorization-matrix.js';
import { registryFixtures } from '../testing/cases-registry.js';
import { englishText as text } from '../../testing/graphql-inputs.js';
import { madeOnFirstUse, useTestApi } from '../../testing/suite-api.js';
import { DelegationsWriter } from './delegations.writer.js';

const CREATE = `mutation($input: CreateDelegationInput!) { createDelegation(series: "china-central-asia", number: 11, input: $input) { id protocolOrder } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateDelegationInput!) { updateDelegation(id: $id, input: $input) { id protocolOrder } }`;
const MEMBERS = `mutation($id: ID!, $members: [DelegationMemberInput!]!) { setDelegationMembers(id: $id, members: $members) { id } }`;

describe(DelegationsWriter.name, () => {
  const api = useTestApi();
  const ctx = madeOnFirstUse('the matrix context', () => createMatrixContext(api.prisma));
  let georgiaId: string;

  const memberSlugs = async (delegationId: string) =>
    (await api.prisma.delegationMember.findMany({ where: { delegationId }, include: { person: true }, orderBy: { position: 'asc' } })).map((m) => m.person.slug);

  it('creates a delegation with its head and members in order, visible once published', async () => {
    const res = await api.as('ccaOrganizer').gql<{ createDelegation: { id: string; protocolOrder: number } }>(CREATE, {
      input: { countryCode: 'GE', head: 'edil-baisalov', protocolOrder: 6, members: [{ person: 'edil-baisalov' }, { person: 'shen-yueyue', role: text('Guest') }], published: true },
    });
    expect(res.errors).toBeUndefined();
    georgiaId = res.data?.createDelegation.id ?? '';
    expect(await memberSlugs(georgiaId)).toEqual(['edil-baisalov', 'shen-yueyue']);
    const read = await api.as(null).gql<{ edition: { delegations: { country: { code: string }; head: { slug: string }; members: { slug: string }[] }[] } }>(`{ edition(series: "china-central-asia", number: 11) { delegations { country { code } head { slug } members { slug } } } }`,
    );
    expect(read.data?.edition.delegations.find((d) => d.country.code === 'GE')).toEqual({
      country: { code: 'GE' },
      head: { slug: 'edil-baisalov' },
      members: [{ slug: 'edil-baisalov' }, { slug: 'shen-yueyue' }],
    });
  });

  it('refuses a second delegation of the same country, and a country outside the catalogue', async () => {
    const second = await api.as('ccaOrganizer').gql(CREATE, { input: { countryCode: 'GE', protocolOrder: 1 } });
    expect(second.errors?.[0]?.extensions?.['code']).toBe('ALREADY_TAKEN');
    expect(second.errors?.[0]?.message).toBe('countryCode is already taken by another delegation of this edition; choose another countryCode.');
    const outside = await api.as('ccaOrganizer').gql(CREATE, { input: { countryCode: 'FR', protocolOrder: 1 } });
    expect(outside.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(outside.errors?.[0]?.message).toContain('countryCode');
  });

  it("does not let a series name another series' unpublished person, nor tell that they exist", async () => {
    const hidden = await registryFixtures.person(ctx, 'china-caucasus', false);
    const before = await api.prisma.delegationMember.count();
    const res = await api.as('ccaOrganizer').gql(MEMBERS, { id: georgiaId, members: [{ person: hidden.slug }, { person: 'no-such-person' }] });
    expect(res.errors?.[0]?.message).toBe(
      `Invalid input: members.0.person names no person "${hidden.slug}"; create the person first (createPerson) or check the slug; members.1.person names no person "no-such-person"; create the person first (createPerson) or check the slug.`,
    );
    expect(await api.prisma.delegationMember.count()).toBe(before);
    const published = await registryFixtures.person(ctx, 'china-caucasus', true);
    expect((await api.as('ccaOrganizer').gql(MEMBERS, { id: georgiaId, members: [{ person: published.slug }, { person: 'edil-baisalov' }] })).errors).toBeUndefined();
    expect(await memberSlugs(georgiaId)).toEqual([published.slug, 'edil-baisalov']);
  });

  it('refuses a person listed twice', async () => {
    const res = await api.as('ccaOrganizer').gql(MEMBERS, { id: georgiaId, members: [{ person: 'edil-baisalov' }, { person: 'edil-baisalov' }] });
    expect(res.errors?.[0]?.message).toBe('Invalid input: members.1.person lists edil-baisalov twice.');
  });

  it('keeps the members when an update leaves them out, and clears the head on null', async () => {
    const before = await memberSlugs(georgiaId);
    const res = await api.as('ccaOrganizer').gql<{ updateDelegation: { protocolOrder: number } }>(UPDATE, { id: georgiaId, input: { protocolOrder: 2, head: null } });
    expect(res.data?.updateDelegation.protocolOrder).toBe(2);
    const row = await api.prisma.delegation.findUniqueOrThrow({ where: { id: georgiaId } });
    expect([row.headPersonId, row.countryCode]).toEqual([null, 'GE']);
    expect(await memberSlugs(georgiaId)).toEqual(before);
    const audit = await api.prisma.auditEntry.findFirstOrThrow({ where: { entityId: georgiaId, action: 'update' }, orderBy: { at: 'desc' } });
    expect([(audit.before as { protocolOrder: number }).protocolOrder, (audit.after as { protocolOrder: number }).protocolOrder]).toEqual([6, 2]);
  });

  it('deletes a delegation with its member list but keeps the people', async () => {
    const res = await api.as('ccaOrganizer').gql<{ deleteDelegation: string }>(`mutation($id: ID!) { deleteDelegation(id: $id) }`, { id: georgiaId });
    expect(res.data?.deleteDelegation).toBe(georgiaId);
    expect(await api.prisma.delegation.findUnique({ where: { id: georgiaId } })).toBeNull();
    expect(await api.prisma.delegationMember.count({ where: { delegationId: georgiaId } })).toBe(0);
    expect(await api.prisma.person.findUnique({ where: { slug: 'edil-baisalov' } })).not.toBeNull();
  });
});
