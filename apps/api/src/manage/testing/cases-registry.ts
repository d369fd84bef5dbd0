// Authorization-matrix cases of the registry mutations: people, organizations, delegations,
// agreements, indicators and statements. Records outside editions are owned by a series, so
// some cases run in China–Caucasus (which has no edition) to test both directions.
import { registry, seedEdition } from '../../testing/fixtures.js';
import type { AuthorizationCase, MatrixContext } from './authorization-matrix.js';

const text = (en: string) => [{ language: 'en', text: en }];
const CCA = 'china-central-asia' as const;
const CAUCASUS = 'china-caucasus' as const;

/** Records the registry cases and specs start from, built with the fixtures' seed builders. */
export const registryFixtures = {
  async person(ctx: MatrixContext, series: typeof CCA | typeof CAUCASUS, published = true) {
    return registry.person(ctx.prisma, await ctx.seriesId(series), ctx.unique('person'), published);
  },
  async organization(ctx: MatrixContext, series: typeof CCA | typeof CAUCASUS) {
    return registry.organization(ctx.prisma, await ctx.seriesId(series), ctx.unique('org'));
  },
  /** A delegation in an edition of its own (one delegation per country and edition). */
  async delegation(ctx: MatrixContext, countryCode: string, published = true) {
    const edition = await seedEdition(ctx.prisma, await ctx.seriesId(CCA), ctx.uniqueNumber());
    return registry.delegation(ctx.prisma, edition.id, countryCode, published);
  },
  async agreement(ctx: MatrixContext, status: 'PROPOSED' | 'SIGNED' = 'PROPOSED', published = true) {
    return registry.agreement(ctx.prisma, await ctx.editionId(CCA, 11), ctx.unique('agreement'), status, published);
  },
  async indicator(ctx: MatrixContext, series: typeof CCA | typeof CAUCASUS) {
    return registry.indicator(ctx.prisma, await ctx.seriesId(series), ctx.unique('indicator'));
  },
  /** A statement of a person of its own (one statement per person and session). */
  async statement(ctx: MatrixContext, published = true) {
    const person = await registryFixtures.person(ctx, CCA);
    return registry.statement(ctx.prisma, await ctx.editionId(CCA, 11), person.slug, published);
  },
};

export const cases: AuthorizationCase[] = [
  // ---------------------------------------------------------------- organizations
  {
    name: 'createOrganization',
    allowed: 'series-admin',
    series: CAUCASUS,
    mutation: `mutation($series: String!, $input: CreateOrganizationInput!) { createOrganization(series: $series, input: $input) { id } }`,
    variables: async (ctx) => ({ series: CAUCASUS, input: { slug: ctx.unique('org'), name: text('Matrix Chamber of Commerce'), kind: 'BUSINESS_ASSOCIATION', countryCode: 'GE' } }),
    tables: ['Organization'],
  },
  {
    name: 'updateOrganization',
    allowed: 'series-admin',
    series: CCA,
    mutation: `mutation($slug: String!, $input: UpdateOrganizationInput!) { updateOrganization(slug: $slug, input: $input) { id } }`,
    variables: async (ctx) => ({ slug: (await registryFixtures.organization(ctx, CCA)).slug, input: { website: 'https://example.org' } }),
    tables: ['Organization'],
  },
  // ---------------------------------------------------------------- people
  {
    name: 'createPerson',
    allowed: 'series-admin',
    series: CCA,
    mutation: `mutation($series: String!, $input: CreatePersonInput!) { createPerson(series: $series, input: $input) { id } }`,
    variables: async (ctx) => ({
      series: CCA,
      input: { slug: ctx.unique('person'), name: [{ language: 'en', text: 'Aigerim Matrix' }, { language: 'kk', text: 'Әйгерім Матрица' }], position: text('Deputy minister'), countryCode: 'KZ' },
    }),
    tables: ['Person'],
  },
  {
    name: 'updatePerson',
    allowed: 'series-admin',
    series: CAUCASUS,
    mutation: `mutation($slug: String!, $input: UpdatePersonInput!) { updatePerson(slug: $slug, input: $input) { id } }`,
    variables: async (ctx) => ({ slug: (await registryFixtures.person(ctx, CAUCASUS)).slug, input: { position: text('Ambassador') } }),
    tables: ['Person'],
  },
  {
    name: 'publishPerson',
    allowed: 'series-admin',
    series: CCA,
    mutation: `mutation($slug: String!) { publishPerson(slug: $slug) { id } }`,
    variables: async (ctx) => ({ slug: (await registryFixtures.person(ctx, CCA, false)).slug }),
    tables: ['Person'],
  },
  {
    name: 'unpublishPerson',
    allowed: 'series-admin',
    series: CCA,
    mutation: `mutation($slug: String!) { unpublishPerson(slug: $slug) { id } }`,
    variables: async (ctx) => ({ slug: (await registryFixtures.person(ctx, CCA, true)).slug }),
    tables: ['Person'],
  },
  // ---------------------------------------------------------------- delegations
  {
    name: 'createDelegation',
    allowed: 'series-admin',
    series: CCA,
    mutation: `mutation($input: CreateDelegationInput!) { createDelegation(series: "china-central-asia", number: 11, input: $input) { id } }`,
    variables: async () => ({ input: { countryCode: 'GE', head: 'shen-yueyue', protocolOrder: 7, members: [{ person: 'shen-yueyue', role: text('Observer') }] } }),
    tables: ['Delegation', 'DelegationMember'],
  },
  {
    name: 'updateDelegation',
    allowed: 'series-admin',
    series: CCA,
    mutation: `mutation($id: ID!, $input: UpdateDelegationInput!) { updateDelegation(id: $id, input: $input) { id } }`,
    variables: async (ctx) => ({ id: (await registryFixtures.delegation(ctx, 'AZ')).id, input: { protocolOrder: 3, name: text('Delegation of Azerbaijan') } }),
    tables: ['Delegation', 'DelegationMember'],
  },
  {
    name: 'setDelegationMembers',
    allowed: 'series-admin',
    series: CCA,
    mutation: `mutation($id: ID!, $members: [DelegationMemberInput!]!) { setDelegationMembers(id: $id, members: $members) { id } }`,
    variables: async (ctx) => {
      const delegation = await registryFixtures.delegation(ctx, 'GE');
      const person = await registryFixtures.person(ctx, CCA);
      return { id: delegation.id, members: [{ person: person.slug }, { person: 'edil-baisalov', role: text('Adviser') }] };
    },
    tables: ['DelegationMember'],
  },
  {
    name: 'publishDelegation',
    allowed: 'series-admin',
    series: CCA,
    mutation: `mutation($id: ID!) { publishDelegation(id: $id) { id } }`,
    variables: async (ctx) => ({ id: (await registryFixtures.delegation(ctx, 'GE', false)).id }),
    tables: ['Delegation'],
  },
  {
    name: 'unpublishDelegation',
    allowed: 'series-admin',
    series: CCA,
    mutation: `mutation($id: ID!) { unpublishDelegation(id: $id) { id } }`,
    variables: async (ctx) => ({ id: (await registryFixtures.delegation(ctx, 'GE', true)).id }),
    tables: ['Delegation'],
  },
  {
    name: 'deleteDelegation',
    allowed: 'series-admin',
    series: CCA,
    mutation: `mutation($id: ID!) { deleteDelegation(id: $id) }`,
    variables: async (ctx) => ({ id: (await registryFixtures.delegation(ctx, 'GE')).id }),
    tables: ['Delegation', 'DelegationMember'],
  },
  // ---------------------------------------------------------------- agreements
  {
    name: 'createAgreement',
    allowed: 'series-admin',
    series: CCA,
    mutation: `mutation($input: CreateAgreementInput!) { createAgreement(series: "china-central-asia", number: 11, input: $input) { id } }`,
    variables: async (ctx) => ({
      input: {
        slug: ctx.unique('agreement'),
        title: text('Matrix logistics hub investment'),
        type: 'INVESTMENT',
        parties: [{ countryCode: 'CN' }, { countryCode: 'UZ' }],
        valueAmount: 1250000,
        currency: 'CNY',
      },
    }),
    tables: ['Agreement', 'AgreementParty'],
  },
  {
    name: 'updateAgreement',
    allowed: 'series-admin',
    series: CCA,
    mutation: `mutation($id: ID!, $input: UpdateAgreementInput!) { updateAgreement(id: $id, input: $input) { id } }`,
    variables: async (ctx) => ({ id: (await registryFixtures.agreement(ctx)).id, input: { summary: text('Joint training of customs officers.') } }),
    tables: ['Agreement', 'AgreementParty'],
  },
  {
    name: 'transitionAgreement',
    allowed: 'series-admin',
    series: CCA,
    mutation: `mutation($id: ID!) { transitionAgreement(id: $id, to: SIGNED, date: "2024-10-26") { id status } }`,
    variables: async (ctx) => ({ id: (await registryFixtures.agreement(ctx, 'PROPOSED')).id }),
    tables: ['Agreement', 'AgreementMilestone'],
  },
  {
    name: 'addAgreementMilestone',
    allowed: 'series-admin',
    series: CCA,
    mutation: `mutation($id: ID!) { addAgreementMilestone(id: $id, status: IN_IMPLEMENTATION, date: "2025-03-01", edition: 11, note: [{ language: "en", text: "Works began." }]) { id } }`,
    variables: async (ctx) => ({ id: (await registryFixtures.agreement(ctx, 'SIGNED')).id }),
    tables: ['Agreement', 'AgreementMilestone'],
  },
  {
    name: 'publishAgreement',
    allowed: 'series-admin',
    series: CCA,
    mutation: `mutation($id: ID!) { publishAgreement(id: $id) { id } }`,
    variables: async (ctx) => ({ id: (await registryFixtures.agreement(ctx, 'PROPOSED', false)).id }),
    tables: ['Agreement'],
  },
  {
    name: 'unpublishAgreement',
    allowed: 'series-admin',
    series: CCA,
    mutation: `mutation($id: ID!) { unpublishAgreement(id: $id) { id } }`,
    variables: async (ctx) => ({ id: (await registryFixtures.agreement(ctx, 'PROPOSED', true)).id }),
    tables: ['Agreement'],
  },
  {
    name: 'deleteAgreement',
    allowed: 'series-admin',
    series: CCA,
    mutation: `mutation($id: ID!) { deleteAgreement(id: $id) }`,
    variables: async (ctx) => ({ id: (await registryFixtures.agreement(ctx)).id }),
    tables: ['Agreement', 'AgreementParty'],
  },
  // ---------------------------------------------------------------- indicators
  {
    name: 'createIndicator',
    allowed: 'series-admin',
    series: CAUCASUS,
    mutation: `mutation($input: CreateIndicatorInput!) { createIndicator(series: "china-caucasus", input: $input) { id } }`,
    variables: async (ctx) => ({
      input: {
        slug: ctx.unique('indicator'),
        name: text('Trade turnover China–Georgia'),
        unit: 'USD',
        countryCodes: ['CN', 'GE'],
        values: [{ period: '2023', periodStart: '2023-01-01', periodEnd: '2023-12-31', value: '1940000000.00' }],
      },
    }),
    tables: ['Indicator', 'IndicatorValue'],
  },
  {
    name: 'updateIndicator',
    allowed: 'series-admin',
    series: CCA,
    mutation: `mutation($slug: String!, $input: UpdateIndicatorInput!) { updateIndicator(slug: $slug, input: $input) { id } }`,
    variables: async (ctx) => ({ slug: (await registryFixtures.indicator(ctx, CCA)).slug, input: { source: text('Customs statistics') } }),
    tables: ['Indicator'],
  },
  {
    name: 'addIndicatorValue',
    allowed: 'series-admin',
    series: CAUCASUS,
    mutation: `mutation($slug: String!, $value: IndicatorValueInput!) { addIndicatorValue(slug: $slug, value: $value) { id } }`,
    variables: async (ctx) => ({
      slug: (await registryFixtures.indicator(ctx, CAUCASUS)).slug,
      value: { period: '2024-01/2024-09', periodStart: '2024-01-01', periodEnd: '2024-09-30', value: '1500000000', qualifier: 'over' },
    }),
    tables: ['IndicatorValue'],
  },
  // ---------------------------------------------------------------- statements
  {
    name: 'createStatement',
    allowed: 'series-admin',
    series: CCA,
    mutation: `mutation($input: CreateStatementInput!) { createStatement(series: "china-central-asia", number: 11, input: $input) { id } }`,
    variables: async () => ({ input: { person: 'edil-baisalov', session: 'opening-plenary', summary: text('Proposed more direct flights between the regions.') } }),
    tables: ['Statement'],
  },
  {
    name: 'updateStatement',
    allowed: 'series-admin',
    series: CCA,
    mutation: `mutation($id: ID!, $input: UpdateStatementInput!) { updateStatement(id: $id, input: $input) { id } }`,
    variables: async (ctx) => ({ id: (await registryFixtures.statement(ctx)).id, input: { summary: text('Spoke of green energy.') } }),
    tables: ['Statement'],
  },
  {
    name: 'publishStatement',
    allowed: 'series-admin',
    series: CCA,
    mutation: `mutation($id: ID!) { publishStatement(id: $id) { id } }`,
    variables: async (ctx) => ({ id: (await registryFixtures.statement(ctx, false)).id }),
    tables: ['Statement'],
  },
  {
    name: 'unpublishStatement',
    allowed: 'series-admin',
    series: CCA,
    mutation: `mutation($id: ID!) { unpublishStatement(id: $id) { id } }`,
    variables: async (ctx) => ({ id: (await registryFixtures.statement(ctx, true)).id }),
    tables: ['Statement'],
  },
  {
    name: 'deleteStatement',
    allowed: 'series-admin',
    series: CCA,
    mutation: `mutation($id: ID!) { deleteStatement(id: $id) }`,
    variables: async (ctx) => ({ id: (await registryFixtures.statement(ctx)).id }),
    tables: ['Statement'],
  },
];
