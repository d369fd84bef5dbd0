// People and organizations through the api: validation, ownership by series, the audit trail.
import { createMatrixContext } from '../testing/authorization-matrix.js';
import { registryFixtures } from '../testing/cases-registry.js';
import { englishText as text } from '../../testing/graphql-inputs.js';
import { madeOnFirstUse, useTestApi } from '../../testing/suite-api.js';
import { PeopleWriter } from './people.writer.js';

const CREATE = `mutation($series: String!, $input: CreatePersonInput!) {
  createPerson(series: $series, input: $input) { id slug name { text } organization { slug } } }`;
const UPDATE = `mutation($slug: String!, $input: UpdatePersonInput!) { updatePerson(slug: $slug, input: $input) { id organization { slug } } }`;

describe(PeopleWriter.name, () => {
  const api = useTestApi();
  const ctx = madeOnFirstUse('the matrix context', () => createMatrixContext(api.prisma));

  const counts = async () => ({ people: await api.prisma.person.count(), audit: await api.prisma.auditEntry.count() });

  /** A draft person of china-central-asia with an organization and a country, made through createPerson: each test builds its own. */
  async function draftPerson(slug: string): Promise<string> {
    const res = await api.as('ccaOrganizer').gql(CREATE, {
      series: 'china-central-asia',
      input: { slug, name: text('Nurlan Test'), position: text('Vice minister of trade'), organization: 'ningxia-peoples-government', countryCode: 'KZ' },
    });
    if (res.errors) throw new Error(`creating ${slug} failed: ${JSON.stringify(res.errors)}`);
    return slug;
  }

  it('creates a draft person owned by the series, with the organization named by slug, and audits it', async () => {
    const res = await api.as('ccaOrganizer').gql<{ createPerson: { id: string; slug: string; name: { text: string }; organization: { slug: string } } }>(CREATE, {
      series: 'china-central-asia',
      input: {
        slug: 'nurlan-test',
        name: [{ language: 'en', text: 'Nurlan Test' }, { language: 'kk', text: 'Нұрлан Тест' }],
        position: text('Vice minister of trade'),
        organization: 'ningxia-peoples-government',
        countryCode: 'KZ',
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createPerson).toMatchObject({ slug: 'nurlan-test', name: { text: 'Nurlan Test' }, organization: { slug: 'ningxia-peoples-government' } });
    const row = await api.prisma.person.findUniqueOrThrow({ where: { slug: 'nurlan-test' }, include: { series: true } });
    expect([row.series?.slug, row.published, row.name]).toEqual(['china-central-asia', false, { en: 'Nurlan Test', kk: 'Нұрлан Тест' }]);
    const audit = await api.prisma.auditEntry.findMany({ where: { entityId: row.id } });
    expect(audit.map((a) => [a.action, a.entityType, a.seriesId, (a.after as { slug: string }).slug, a.before])).toEqual([
      ['create', 'Person', row.seriesId, 'nurlan-test', null],
    ]);
  });

  it('refuses invalid input naming every field, and writes nothing', async () => {
    const before = await counts();
    const res = await api.as('ccaOrganizer').gql(CREATE, {
      series: 'china-central-asia',
      input: { slug: 'Not A Slug', name: [{ language: 'ru', text: 'Только по-русски' }], position: text('x'), countryCode: 'kz' },
    });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('slug "Not A Slug" is not a kebab-case slug');
    expect(res.errors?.[0]?.message).toContain('name an English ("en") text is required');
    expect(res.errors?.[0]?.message).toContain('countryCode "kz" is not an ISO 3166-1 alpha-2 country code');
    expect(await counts()).toEqual(before);
  });

  it('refuses an unknown organization and a slug already taken', async () => {
    const unknownOrg = await api.as('ccaOrganizer').gql(CREATE, {
      series: 'china-central-asia',
      input: { slug: 'someone-new', name: text('Someone New'), position: text('Adviser'), organization: 'no-such-body' },
    });
    expect(unknownOrg.errors?.[0]?.message).toBe('Invalid input: organization names no organization "no-such-body"; create it first (createOrganization) or check the slug.');
    const taken = await api.as('ccaOrganizer').gql(CREATE, { series: 'china-central-asia', input: { slug: 'shen-yueyue', name: text('Copy'), position: text('Copy') } });
    expect(taken.errors?.[0]?.extensions).toEqual({ code: 'ALREADY_TAKEN', problems: [{ field: 'slug', reason: 'is already taken by another person; choose another slug' }] });
  });

  it("keeps a person to their owning series: the other series' admin is FORBIDDEN, the platform admin may", async () => {
    const person = await registryFixtures.person(ctx, 'china-caucasus');
    const refused = await api.as('ccaOrganizer').gql(UPDATE, { slug: person.slug, input: { position: text('Hijacked') } });
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const byAdmin = await api.as('platformAdmin').gql(UPDATE, { slug: person.slug, input: { position: text('Ambassador') } });
    expect(byAdmin.errors).toBeUndefined();
    expect((await api.prisma.person.findUniqueOrThrow({ where: { id: person.id } })).position).toEqual({ en: 'Ambassador' });
  });

  it('lets only platform admins edit a shared person (no owning series)', async () => {
    const shared = await api.prisma.person.create({ data: { slug: 'shared-person', name: { en: 'Shared' }, position: { en: 'Envoy' } } });
    expect((await api.as('ccaOrganizer').gql(UPDATE, { slug: shared.slug, input: { position: text('x') } })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect((await api.as('platformAdmin').gql(UPDATE, { slug: shared.slug, input: { position: text('Special envoy') } })).errors).toBeUndefined();
  });

  it('keeps fields left out, and clears the organization on an explicit null', async () => {
    const slug = await draftPerson('nurlan-left-out');
    await api.as('ccaOrganizer').gql(UPDATE, { slug, input: { photoUrl: 'https://example.org/nurlan.jpg' } });
    let row = await api.prisma.person.findUniqueOrThrow({ where: { slug }, include: { organization: true } });
    expect([row.organization?.slug, row.photoUrl, row.countryCode]).toEqual(['ningxia-peoples-government', 'https://example.org/nurlan.jpg', 'KZ']);
    const res = await api.as('ccaOrganizer').gql<{ updatePerson: { organization: null } }>(UPDATE, { slug, input: { organization: null } });
    expect(res.data?.updatePerson.organization).toBeNull();
    row = await api.prisma.person.findUniqueOrThrow({ where: { slug }, include: { organization: true } });
    expect([row.organizationId, row.photoUrl]).toEqual([null, 'https://example.org/nurlan.jpg']);
  });

  it('publishes and unpublishes, recording the flip', async () => {
    const slug = await draftPerson('nurlan-flips');
    await api.as('ccaOrganizer').gql(`mutation($slug: String!) { publishPerson(slug: $slug) { id } }`, { slug });
    expect((await api.prisma.person.findUniqueOrThrow({ where: { slug } })).published).toBe(true);
    await api.as('ccaOrganizer').gql(`mutation($slug: String!) { unpublishPerson(slug: $slug) { id } }`, { slug });
    const row = await api.prisma.person.findUniqueOrThrow({ where: { slug } });
    expect(row.published).toBe(false);
    const flips = await api.prisma.auditEntry.findMany({ where: { entityId: row.id, action: { in: ['publish', 'unpublish'] } }, orderBy: { at: 'asc' } });
    expect(flips.map((a) => [a.action, a.before, a.after])).toEqual([
      ['publish', { published: false }, { published: true }],
      ['unpublish', { published: true }, { published: false }],
    ]);
  });

  it('answers NOT_FOUND for an unknown person', async () => {
    const res = await api.as('ccaOrganizer').gql(UPDATE, { slug: 'nobody-at-all', input: {} });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('creates and updates organizations in their owning series only', async () => {
    const created = await api.as('caucasusOrganizer').gql<{ createOrganization: { slug: string; kind: string } }>(`mutation { createOrganization(series: "china-caucasus", input: { slug: "georgian-chamber-test", name: [{ language: "en", text: "Georgian Chamber" }], kind: BUSINESS_ASSOCIATION, countryCode: "GE" }) { slug kind } }`,
    );
    expect(created.data?.createOrganization).toEqual({ slug: 'georgian-chamber-test', kind: 'BUSINESS_ASSOCIATION' });
    const update = `mutation($input: UpdateOrganizationInput!) { updateOrganization(slug: "georgian-chamber-test", input: $input) { slug } }`;
    expect((await api.as('ccaOrganizer').gql(update, { input: { website: 'https://example.ge' } })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const bad = await api.as('caucasusOrganizer').gql(update, { input: { website: 'ftp://example.ge' } });
    expect(bad.errors?.[0]?.message).toBe('Invalid input: website must be an http(s) URL.');
    expect((await api.as('caucasusOrganizer').gql(update, { input: { website: 'https://example.ge', countryCode: null } })).errors).toBeUndefined();
    const row = await api.prisma.organization.findUniqueOrThrow({ where: { slug: 'georgian-chamber-test' } });
    expect([row.website, row.countryCode, row.name]).toEqual(['https://example.ge', null, { en: 'Georgian Chamber' }]);
  });
});
