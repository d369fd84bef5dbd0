// Authorization-matrix cases of the registry mutations: people, organizations, delegations,
// agreements, indicators and statements. Records outside editions are owned by a series, so
// some cases run in China–Caucasus (which has no edition) to test both directions.
import { registry, seedEdition } from '../../testing/fixtures.js';
import { englishText as text } from '../../testing/graphql-inputs.js';
import { inSeries, inEdition, type AuthorizationCase, type MatrixContext } from './authorization-matrix.js';
const CCA = 'china-central-asia' as const;
const CAUCASUS = 'china-caucasus' as const;

/** The scope of a delegation case: the edition the delegation of the run's `id` is in. */
const delegationScope = async (ctx: MatrixContext, variables: Record<string, unknown>) => {
  const delegation = await ctx.prisma.delegation.findUniqueOrThrow({ where: { id: String(variables['id']) }, include: { edition: true } });
  return { seriesId: delegation.edition.seriesId, editionId: delegation.editionId };
};

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
    action: 'organization.edit',
    series: CAUCASUS,
    scope: inSeries('china-caucasus'),
    mutation: `mutation($series: String!, $input: CreateOrganizationInput!) { createOrganization(series: $series, input: $input) { id } }`,
    variables: async (ctx) => ({ series: CAUCASUS, input: { slug: ctx.unique('org'), name: text('Matrix Chamber of Commerce'), kind: 'BUSINESS_ASSOCIATION', countryCode: 'GE' } }),
    tables: ['Organization'],
  },
  {
    name: 'updateOrganization',
    action: 'organization.edit',
    series: CCA,
    scope: inSeries('china-central-asia'),
    mutation: `mutation($slug: String!, $input: UpdateOrganizationInput!) { updateOrganization(slug: $slug, input: $input) { id } }`,
    variables: async (ctx) => ({ slug: (await registryFixtures.organization(ctx, CCA)).slug, input: { website: 'https://example.org' } }),
    tables: ['Organization'],
  },
  // ---------------------------------------------------------------- people
  {
    name: 'createPerson',
    action: 'people.edit',
    series: CCA,
    scope: inSeries('china-central-asia'),
    mutation: `mutation($series: String!, $input: CreatePersonInput!) { createPerson(series: $series, input: $input) { id } }`,
    variables: async (ctx) => ({
      series: CCA,
      input: { slug: ctx.unique('person'), name: [{ language: 'en', text: 'Aigerim Matrix' }, { language: 'kk', text: 'Әйгерім Матрица' }], position: text('Deputy minister'), countryCode: 'KZ' },
    }),
    tables: ['Person'],
  },
  {
    name: 'updatePerson',
    action: 'people.edit',
    series: CAUCASUS,
    scope: inSeries('china-caucasus'),
    mutation: `mutation($slug: String!, $input: UpdatePersonInput!) { updatePerson(slug: $slug, input: $input) { id } }`,
    variables: async (ctx) => ({ slug: (await registryFixtures.person(ctx, CAUCASUS)).slug, input: { position: text('Ambassador') } }),
    tables: ['Person'],
  },
  {
    name: 'publishPerson',
    action: 'content.publish',
    series: CCA,
    scope: inSeries('china-central-asia'),
    mutation: `mutation($slug: String!) { publishPerson(slug: $slug) { id } }`,
    variables: async (ctx) => ({ slug: (await registryFixtures.person(ctx, CCA, false)).slug }),
    tables: ['Person'],
  },
  {
    name: 'unpublishPerson',
    action: 'content.unpublish',
    series: CCA,
    scope: inSeries('china-central-asia'),
    mutation: `mutation($slug: String!) { unpublishPerson(slug: $slug) { id } }`,
    variables: async (ctx) => ({ slug: (await registryFixtures.person(ctx, CCA, true)).slug }),
    tables: ['Person'],
  },
  // ---------------------------------------------------------------- delegations
  {
    name: 'createDelegation',
    action: 'delegation.edit',
    series: CCA,
    scope: async (ctx, v) => inEdition('china-central-asia', Number(v['number']))(ctx),
    mutation: `mutation($number: Int!, $input: CreateDelegationInput!) { createDelegation(series: "china-central-asia", number: $number, input: $input) { id } }`,
    // An edition of its own per run: an edition has one delegation per country.
    variables: async (ctx) => ({
      number: (await seedEdition(ctx.prisma, await ctx.seriesId(CCA), ctx.uniqueNumber())).number,
      input: { countryCode: 'GE', head: 'shen-yueyue', protocolOrder: 7, members: [{ person: 'shen-yueyue', role: text('Observer') }] },
    }),
    tables: ['Delegation', 'DelegationMember'],
  },
  {
    name: 'updateDelegation',
    action: 'delegation.edit',
    series: CCA,
    scope: delegationScope,
    mutation: `mutation($id: ID!, $input: UpdateDelegationInput!) { updateDelegation(id: $id, input: $input) { id } }`,
    variables: async (ctx) => ({ id: (await registryFixtures.delegation(ctx, 'AZ')).id, input: { protocolOrder: 3, name: text('Delegation of Azerbaijan') } }),
    tables: ['Delegation', 'DelegationMember'],
  },
  {
    name: 'setDelegationMembers',
    action: 'delegation.edit',
    series: CCA,
    scope: delegationScope,
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
    action: 'content.publish',
    series: CCA,
    scope: delegationScope,
    mutation: `mutation($id: ID!) { publishDelegation(id: $id) { id } }`,
    variables: async (ctx) => ({ id: (await registryFixtures.delegation(ctx, 'GE', false)).id }),
    tables: ['Delegation'],
  },
  {
    name: 'unpublishDelegation',
    action: 'content.unpublish',
    series: CCA,
    scope: delegationScope,
    mutation: `mutation($id: ID!) { unpublishDelegation(id: $id) { id } }`,
    variables: async (ctx) => ({ id: (await registryFixtures.delegation(ctx, 'GE', true)).id }),
    tables: ['Delegation'],
  },
  {
    name: 'deleteDelegation',
    action: 'delegation.edit',
    series: CCA,
    scope: delegationScope,
    mutation: `mutation($id: ID!) { deleteDelegation(id: $id) }`,
    variables: async (ctx) => ({ id: (await registryFixtures.delegation(ctx, 'GE')).id }),
    tables: ['Delegation', 'DelegationMember'],
  },
  // ---------------------------------------------------------------- agreements
  {
    name: 'createAgreement',
    action: 'agreement.edit',
    series: CCA,
    scope: inEdition('china-central-asia', 11),
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
    action: 'agreement.edit',
    series: CCA,
    scope: inEdition('china-central-asia', 11),
    mutation: `mutation($id: ID!, $input: UpdateAgreementInput!) { updateAgreement(id: $id, input: $input) { id } }`,
    variables: async (ctx) => ({ id: (await registryFixtures.agreement(ctx)).id, input: { summary: text('Joint training of customs officers.') } }),
    tables: ['Agreement', 'AgreementParty'],
  },
  {
    name: 'transitionAgreement',
    action: 'agreement.edit',
    series: CCA,
    scope: inEdition('china-central-asia', 11),
    mutation: `mutation($id: ID!) { transitionAgreement(id: $id, to: SIGNED, date: "2024-10-26") { id status } }`,
    variables: async (ctx) => ({ id: (await registryFixtures.agreement(ctx, 'PROPOSED')).id }),
    tables: ['Agreement', 'AgreementMilestone'],
  },
  {
    name: 'addAgreementMilestone',
    action: 'agreement.edit',
    series: CCA,
    scope: inEdition('china-central-asia', 11),
    mutation: `mutation($id: ID!) { addAgreementMilestone(id: $id, status: IN_IMPLEMENTATION, date: "2025-03-01", edition: 11, note: [{ language: "en", text: "Works began." }]) { id } }`,
    variables: async (ctx) => ({ id: (await registryFixtures.agreement(ctx, 'SIGNED')).id }),
    tables: ['Agreement', 'AgreementMilestone'],
  },
  {
    name: 'publishAgreement',
    action: 'content.publish',
    series: CCA,
    scope: inEdition('china-central-asia', 11),
    mutation: `mutation($id: ID!) { publishAgreement(id: $id) { id } }`,
    variables: async (ctx) => ({ id: (await registryFixtures.agreement(ctx, 'PROPOSED', false)).id }),
    tables: ['Agreement'],
  },
  {
    name: 'unpublishAgreement',
    action: 'content.unpublish',
    series: CCA,
    scope: inEdition('china-central-asia', 11),
    mutation: `mutation($id: ID!) { unpublishAgreement(id: $id) { id } }`,
    variables: async (ctx) => ({ id: (await registryFixtures.agreement(ctx, 'PROPOSED', true)).id }),
    tables: ['Agreement'],
  },
  {
    name: 'deleteAgreement',
    action: 'agreement.edit',
    series: CCA,
    scope: inEdition('china-central-asia', 11),
    mutation: `mutation($id: ID!) { deleteAgreement(id: $id) }`,
    variables: async (ctx) => ({ id: (await registryFixtures.agreement(ctx)).id }),
    tables: ['Agreement', 'AgreementParty'],
  },
  // ---------------------------------------------------------------- indicators
  {
    name: 'createIndicator',
    action: 'series.update',
    series: CAUCASUS,
    scope: inSeries('china-caucasus'),
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
    action: 'series.update',
    series: CCA,
    scope: inSeries('china-central-asia'),
    mutation: `mutation($slug: String!, $input: UpdateIndicatorInput!) { updateIndicator(slug: $slug, input: $input) { id } }`,
    variables: async (ctx) => ({ slug: (await registryFixtures.indicator(ctx, CCA)).slug, input: { source: text('Customs statistics') } }),
    tables: ['Indicator'],
  },
  {
    name: 'addIndicatorValue',
    action: 'series.update',
    series: CAUCASUS,
    scope: inSeries('china-caucasus'),
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
    action: 'statement.edit',
    series: CCA,
    scope: inEdition('china-central-asia', 11),
    mutation: `mutation($input: CreateStatementInput!) { createStatement(series: "china-central-asia", number: 11, input: $input) { id } }`,
    // A person of its own per run: one statement per person and session.
    variables: async (ctx) => ({
      input: { person: (await registryFixtures.person(ctx, CCA)).slug, session: 'opening-plenary', summary: text('Proposed more direct flights between the regions.') },
    }),
    tables: ['Statement'],
  },
  {
    name: 'updateStatement',
    action: 'statement.edit',
    series: CCA,
    scope: inEdition('china-central-asia', 11),
    mutation: `mutation($id: ID!, $input: UpdateStatementInput!) { updateStatement(id: $id, input: $input) { id } }`,
    variables: async (ctx) => ({ id: (await registryFixtures.statement(ctx)).id, input: { summary: text('Spoke of green energy.') } }),
    tables: ['Statement'],
  },
  {
    name: 'publishStatement',
    action: 'content.publish',
    series: CCA,
    scope: inEdition('china-central-asia', 11),
    mutation: `mutation($id: ID!) { publishStatement(id: $id) { id } }`,
    variables: async (ctx) => ({ id: (await registryFixtures.statement(ctx, false)).id }),
    tables: ['Statement'],
  },
  {
    name: 'unpublishStatement',
    action: 'content.unpublish',
    series: CCA,
    scope: inEdition('china-central-asia', 11),
    mutation: `mutation($id: ID!) { unpublishStatement(id: $id) { id } }`,
    variables: async (ctx) => ({ id: (await registryFixtures.statement(ctx, true)).id }),
    tables: ['Statement'],
  },
  {
    name: 'deleteStatement',
    action: 'statement.edit',
    series: CCA,
    scope: inEdition('china-central-asia', 11),
    mutation: `mutation($id: ID!) { deleteStatement(id: $id) }`,
    variables: async (ctx) => ({ id: (await registryFixtures.statement(ctx)).id }),
    tables: ['Statement'],
  },
];
