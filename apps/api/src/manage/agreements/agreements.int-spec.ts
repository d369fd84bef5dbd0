// Agreements through the api: parties by catalogue code or organization slug, the lifecycle
// through transitionAgreement, and milestones reported at a later edition (AgreementMilestonesWriter).
import { createMatrixContext, type MatrixContext } from '../testing/authorization-matrix.js';
import { registryFixtures } from '../testing/cases-registry.js';
import { startTestApi, type TestApi } from '../../testing/test-api.js';
import { AgreementsWriter } from './agreements.writer.js';

const CREATE = `mutation($input: CreateAgreementInput!) { createAgreement(series: "china-central-asia", number: 11, input: $input) { id slug status value { amount currency } } }`;
const TRANSITION = `mutation($id: ID!, $to: AgreementStatus!, $date: String!) { transitionAgreement(id: $id, to: $to, date: $date) { id status signedOn } }`;
const MILESTONE = `mutation($id: ID!, $status: AgreementStatus!, $date: String!, $edition: Int) {
  addAgreementMilestone(id: $id, status: $status, date: $date, edition: $edition, note: [{ language: "en", text: "Reported progress." }]) { id status } }`;
const text = (en: string) => [{ language: 'en', text: en }];

describe(AgreementsWriter.name, () => {
  let api: TestApi;
  let ctx: MatrixContext;

  beforeAll(async () => {
    api = await startTestApi();
    ctx = createMatrixContext(api.prisma);
  });
  afterAll(() => api?.close());

  it('creates an agreement with a country, a province and an organization as parties, value kept to the cent', async () => {
    const res = await api.as('ccaOrganizer').gql<{ createAgreement: { id: string; status: string; value: { amount: string; currency: string } } }>(CREATE, {
      input: {
        slug: 'test-solar-park',
        title: text('Solar park in Samarkand region'),
        type: 'INVESTMENT',
        trackSlug: null,
        sessionSlug: 'signing-ceremony',
        parties: [{ countryCode: 'UZ' }, { subdivisionId: 'CN-NX' }, { organization: 'ningxia-peoples-government' }],
        valueAmount: 1250000000.5,
        currency: 'CNY',
        published: true,
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createAgreement).toMatchObject({ status: 'PROPOSED', value: { amount: '1250000000.50', currency: 'CNY' } });
    const row = await api.prisma.agreement.findFirstOrThrow({ where: { slug: 'test-solar-park' }, include: { parties: { orderBy: { position: 'asc' } }, session: true } });
    expect(row.session?.slug).toBe('signing-ceremony');
    expect(row.parties.map((p) => [p.countryCode, p.subdivisionId, p.organizationId !== null])).toEqual([
      ['UZ', null, false],
      [null, 'CN-NX', false],
      [null, null, true],
    ]);
  });

  it('refuses what the domain schema refuses, and unknown parties, naming the fields', async () => {
    const sister = await api.as('ccaOrganizer').gql(CREATE, {
      input: { slug: 'bad-sister', title: text('Sister'), type: 'SISTER_CITY', parties: [{ countryCode: 'CN' }, { subdivisionId: 'CN-NX' }], valueAmount: 10 },
    });
    expect(sister.errors?.[0]?.message).toBe(
      'Invalid input: currency currency (ISO 4217, e.g. USD) is required when valueAmount is given; parties.0 parties[0] of a SISTER_CITY agreement must be a subdivisionId (a province, region, city or district).',
    );
    const unknown = await api.as('ccaOrganizer').gql(CREATE, {
      input: { slug: 'bad-parties', title: text('x'), type: 'TRADE', parties: [{ subdivisionId: 'XX-NOWHERE' }, { organization: 'no-such-body' }] },
    });
    expect(unknown.errors?.[0]?.message).toContain('parties.1.organization names no organization "no-such-body"');
    const subdivision = await api.as('ccaOrganizer').gql(CREATE, {
      input: { slug: 'bad-subdivision', title: text('x'), type: 'TRADE', parties: [{ subdivisionId: 'XX-NOWHERE' }, { countryCode: 'KZ' }] },
    });
    expect(subdivision.errors?.[0]?.message).toContain('parties.0.subdivisionId names no subnational unit "XX-NOWHERE"');
    expect(await api.prisma.agreement.count({ where: { slug: { startsWith: 'bad-' } } })).toBe(0);
  });

  it('moves an agreement through its lifecycle with a dated milestone, and refuses a skipped step', async () => {
    const agreement = await registryFixtures.agreement(ctx, 'PROPOSED');
    const signed = await api.as('ccaOrganizer').gql<{ transitionAgreement: { status: string; signedOn: string } }>(TRANSITION, { id: agreement.id, to: 'SIGNED', date: '2024-10-26' });
    expect(signed.data?.transitionAgreement).toMatchObject({ status: 'SIGNED', signedOn: '2024-10-26' });
    const skipped = await api.as('ccaOrganizer').gql(TRANSITION, { id: agreement.id, to: 'COMPLETED', date: '2025-01-01' });
    expect(skipped.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(skipped.errors?.[0]?.message).toBe(
      'Invalid input: to An agreement cannot move from SIGNED to COMPLETED; allowed next states: IN_IMPLEMENTATION, LAPSED.',
    );
    const same = await api.as('ccaOrganizer').gql(TRANSITION, { id: agreement.id, to: 'SIGNED', date: '2024-10-27' });
    expect(same.errors?.[0]?.message).toContain('cannot move from SIGNED to SIGNED');
    const early = await api.as('ccaOrganizer').gql(TRANSITION, { id: agreement.id, to: 'IN_IMPLEMENTATION', date: '2024-01-01' });
    expect(early.errors?.[0]?.message).toBe('Invalid input: date 2024-01-01 is before the agreement was signed (2024-10-26).');
    const milestones = await api.prisma.agreementMilestone.findMany({ where: { agreementId: agreement.id } });
    expect(milestones.map((m) => [m.status, m.date.toISOString().slice(0, 10)])).toEqual([['SIGNED', '2024-10-26']]);
  });

  it('lets a later edition report progress on an agreement made at an earlier one, scoped to that edition', async () => {
    const agreement = await registryFixtures.agreement(ctx, 'SIGNED');
    const cca = await api.prisma.series.findUniqueOrThrow({ where: { slug: 'china-central-asia' } });
    const later = await api.prisma.edition.create({
      data: { seriesId: cca.id, number: 13, theme: { en: 'Next gathering' }, description: { en: 'Next' }, timeZone: 'Asia/Almaty', hostCity: { en: 'Almaty' } },
    });
    const progress = await api.as('ccaOrganizer').gql<{ addAgreementMilestone: { status: string } }>(MILESTONE, { id: agreement.id, status: 'SIGNED', date: '2025-09-01', edition: 13 });
    expect(progress.data?.addAgreementMilestone.status).toBe('SIGNED');
    const moved = await api.as('ccaOrganizer').gql<{ addAgreementMilestone: { status: string } }>(MILESTONE, { id: agreement.id, status: 'IN_IMPLEMENTATION', date: '2025-10-01', edition: 13 });
    expect(moved.data?.addAgreementMilestone.status).toBe('IN_IMPLEMENTATION');
    const milestones = await api.prisma.agreementMilestone.findMany({ where: { agreementId: agreement.id }, orderBy: { date: 'asc' } });
    expect(milestones.map((m) => [m.status, m.editionId, m.note])).toEqual([
      ['SIGNED', later.id, { en: 'Reported progress.' }],
      ['IN_IMPLEMENTATION', later.id, { en: 'Reported progress.' }],
    ]);
    const audit = await api.prisma.auditEntry.findMany({ where: { entityId: agreement.id }, orderBy: { at: 'asc' } });
    expect(audit.map((a) => [a.action, a.editionId])).toEqual([
      ['update', later.id],
      ['update', later.id],
    ]);
  });

  it('refuses a reporting edition before the one the agreement was made at, or of no such number', async () => {
    const cca = await api.prisma.series.findUniqueOrThrow({ where: { slug: 'china-central-asia' } });
    const tenth = await api.prisma.edition.create({
      data: { seriesId: cca.id, number: 10, theme: { en: 'Earlier' }, description: { en: 'Earlier' }, timeZone: 'Asia/Shanghai', hostCity: { en: 'Xi’an' } },
    });
    const agreement = await registryFixtures.agreement(ctx, 'SIGNED');
    const earlier = await api.as('ccaOrganizer').gql(MILESTONE, { id: agreement.id, status: 'SIGNED', date: '2025-01-01', edition: tenth.number });
    expect(earlier.errors?.[0]?.message).toContain('edition edition 10 comes before edition 11, where the agreement was made');
    const missing = await api.as('ccaOrganizer').gql(MILESTONE, { id: agreement.id, status: 'SIGNED', date: '2025-01-01', edition: 40 });
    expect(missing.errors?.[0]?.message).toBe("Invalid input: edition names no edition 40 of this agreement's series.");
  });

  it('updates fields left in, keeps the rest, and refuses a track of another edition', async () => {
    const agreement = await registryFixtures.agreement(ctx, 'PROPOSED');
    const update = `mutation($id: ID!, $input: UpdateAgreementInput!) { updateAgreement(id: $id, input: $input) { id } }`;
    expect((await api.as('ccaOrganizer').gql(update, { id: agreement.id, input: { valueAmount: 99.99, currency: 'USD', confidential: true } })).errors).toBeUndefined();
    const row = await api.prisma.agreement.findUniqueOrThrow({ where: { id: agreement.id }, include: { parties: true } });
    expect([row.valueAmount?.toFixed(2), row.currency, row.confidential, row.title, row.parties.length]).toEqual(['99.99', 'USD', true, { en: 'Fixture memorandum' }, 2]);
    const badTrack = await api.as('ccaOrganizer').gql(update, { id: agreement.id, input: { trackSlug: 'no-such-track' } });
    expect(badTrack.errors?.[0]?.message).toContain('trackSlug names no track "no-such-track" of this edition');
  });
});
