// "Read confidential" as the real app serves it, with real sign-in for every role: in
// agreements.csv, confidential values and unpublished agreements are for readers who hold
// agreement.read-confidential in the edition (platform admins, series admins and programme
// editors of the series, a grant of that edition); check-in staff, registration officers, a
// grant of another edition, another series' admin, visitors and expired, revoked, forged or
// disabled tokens get the public view. An unpublished edition is found by organizers of its
// series only. The audit trail withholds the snapshots of a confidential agreement likewise.
import type { OrganizerRole } from '@caravan/db';
import { parse } from 'csv-parse/sync';
import { seedEdition, seedOrganizer, registry } from '../testing/fixtures.js';
import { startTestApi, type TestApi } from '../testing/test-api.js';
import { AccessTokens } from './access-tokens.js';
import { AUTH_SECRET } from './auth.tokens.js';
import { AuthExportViewerResolver } from './export-viewer.resolver.js';

type Row = Record<string, string>;
const CCA = 'china-central-asia';
const CSV = `/export/${CCA}/11/agreements.csv`;
const DRAFT_EDITION = 95;

/** How a reader is made: a role (series-wide or limited to an edition of CCA), or a demo account. */
type Reader =
  | { kind: 'visitor' }
  | { kind: 'demo'; account: 'platformAdmin' | 'ccaOrganizer' | 'caucasusOrganizer' }
  | { kind: 'role'; role: OrganizerRole; editionNumber?: number }
  | { kind: 'forged' | 'expired' | 'revoked' | 'disabled' };

const FULL: [string, Reader][] = [
  ['a platform admin', { kind: 'demo', account: 'platformAdmin' }],
  ['the series admin', { kind: 'demo', account: 'ccaOrganizer' }],
  ['a programme editor of the series', { kind: 'role', role: 'PROGRAMME_EDITOR' }],
  ['a programme editor of edition 11', { kind: 'role', role: 'PROGRAMME_EDITOR', editionNumber: 11 }],
  ['a series admin of edition 11', { kind: 'role', role: 'SERIES_ADMIN', editionNumber: 11 }],
];

const PUBLIC: [string, Reader][] = [
  ['a registration officer of the series', { kind: 'role', role: 'REGISTRATION_OFFICER' }],
  ['check-in staff of the series', { kind: 'role', role: 'CHECKIN_STAFF' }],
  ['a series admin of another edition', { kind: 'role', role: 'SERIES_ADMIN', editionNumber: DRAFT_EDITION }],
  ['the admin of another series', { kind: 'demo', account: 'caucasusOrganizer' }],
  ['a visitor', { kind: 'visitor' }],
  ['a forged token', { kind: 'forged' }],
  ['an expired token of the series admin', { kind: 'expired' }],
  ['a revoked (signed-out) token of a series admin', { kind: 'revoked' }],
  ['a disabled series admin', { kind: 'disabled' }],
];

describe(AuthExportViewerResolver.name, () => {
  let api: TestApi;
  let confidential: { slug: string; value: string }[];
  let drafts: string[];

  beforeAll(async () => {
    api = await startTestApi();
    const prisma = api.prisma;
    const cca = await prisma.series.findUniqueOrThrow({ where: { slug: CCA } });
    const edition11 = await prisma.edition.findFirstOrThrow({ where: { seriesId: cca.id, number: 11 } });
    // A draft agreement in edition 11, and an unpublished edition with a published agreement.
    await registry.agreement(prisma, edition11.id, 'draft-memorandum', 'PROPOSED', false);
    const hidden = await seedEdition(prisma, cca.id, DRAFT_EDITION, { published: false });
    await registry.agreement(prisma, hidden.id, 'hidden-edition-memorandum');
    const rows = await prisma.agreement.findMany({ where: { editionId: edition11.id, confidential: true, published: true } });
    confidential = rows.flatMap((row) => (row.valueAmount === null ? [] : [{ slug: row.slug, value: row.valueAmount.toFixed(2) }]));
    drafts = (await prisma.agreement.findMany({ where: { editionId: edition11.id, published: false } })).map((row) => row.slug);
  });

  afterAll(async () => {
    await api?.close();
  });

  async function tokenOf(reader: Reader): Promise<string | null> {
    switch (reader.kind) {
      case 'visitor':
        return null;
      case 'forged':
        return 'eyJhbGciOiJIUzI1NiJ9.e30.forged';
      case 'demo':
        return api.token(reader.account);
      case 'role': {
        const grant = { seriesSlug: CCA, role: reader.role, ...(reader.editionNumber === undefined ? {} : { editionNumber: reader.editionNumber }) };
        return (await api.signIn(await seedOrganizer(api.prisma, { grants: [grant] }))).accessToken;
      }
      case 'expired': {
        const admin = await seedOrganizer(api.prisma, { grants: [{ seriesSlug: CCA, role: 'SERIES_ADMIN' }] });
        const session = await api.signIn(admin);
        const past = new AccessTokens(api.app.get<Uint8Array>(AUTH_SECRET), () => new Date(Date.now() - 16 * 60_000));
        return (await past.issue({ userId: admin.id, sessionId: session.refreshToken.split('.')[0] ?? '' })).token;
      }
      case 'revoked': {
        const session = await api.signIn(await seedOrganizer(api.prisma, { grants: [{ seriesSlug: CCA, role: 'SERIES_ADMIN' }] }));
        const out = await api.gql<{ signOut: boolean }>('mutation($t: String!) { signOut(refreshToken: $t) }', { t: session.refreshToken });
        expect(out.data?.signOut).toBe(true);
        return session.accessToken;
      }
      case 'disabled': {
        const admin = await seedOrganizer(api.prisma, { grants: [{ seriesSlug: CCA, role: 'SERIES_ADMIN' }] });
        const session = await api.signIn(admin);
        await api.prisma.user.update({ where: { id: admin.id }, data: { disabledAt: new Date() } });
        return session.accessToken;
      }
    }
  }

  async function get(url: string, token: string | null) {
    return api.app.inject({ method: 'GET', url, headers: token === null ? {} : { authorization: `Bearer ${token}` } });
  }

  async function csv(token: string | null, url = CSV): Promise<Row[]> {
    const res = await get(url, token);
    expect(res.statusCode).toBe(200);
    return parse(res.body, { bom: true, columns: true }) as Row[];
  }

  const valueOf = (rows: Row[], slug: string) => rows.find((row) => row['slug'] === slug)?.['value'];

  it('has confidential values and a draft to protect (so no case below can pass on an empty list)', () => {
    expect(confidential.length).toBeGreaterThan(0);
    expect(drafts).toEqual(['draft-memorandum']);
  });

  it.each(FULL)('shows %s the confidential values, the drafts and the unpublished edition', async (_who, reader) => {
    const token = await tokenOf(reader);
    const rows = await csv(token);
    for (const { slug, value } of confidential) expect({ slug, value: valueOf(rows, slug) }).toEqual({ slug, value });
    expect(rows.map((row) => row['slug'])).toEqual(expect.arrayContaining(drafts));
    const hidden = await get(`/export/${CCA}/${DRAFT_EDITION}/agreements.csv`, token);
    expect(hidden.statusCode).toBe(200);
  });

  it.each(PUBLIC)('shows %s only the public view', async (_who, reader) => {
    const token = await tokenOf(reader);
    const rows = await csv(token);
    const publicRows = await csv(null);
    expect(rows).toEqual(publicRows);
    for (const { slug } of confidential) expect({ slug, value: valueOf(rows, slug) }).toEqual({ slug, value: '' });
    expect(rows.map((row) => row['slug'])).not.toEqual(expect.arrayContaining(drafts));
    expect(rows.length).toBeGreaterThan(confidential.length);
  });

  it.each([
    ['a visitor', { kind: 'visitor' }],
    ['the admin of another series', { kind: 'demo', account: 'caucasusOrganizer' }],
    ['an expired token', { kind: 'expired' }],
    ['a revoked token', { kind: 'revoked' }],
  ] as [string, Reader][])('answers %s 404 for the unpublished edition, as for one that does not exist', async (_who, reader) => {
    const token = await tokenOf(reader);
    const hidden = await get(`/export/${CCA}/${DRAFT_EDITION}/agreements.csv`, token);
    const missing = await get(`/export/${CCA}/96/agreements.csv`, token);
    expect(hidden.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
  });

  it('lets check-in staff of the series find the unpublished edition, but none of its agreements, which are not public yet', async () => {
    const url = `/export/${CCA}/${DRAFT_EDITION}/agreements.csv`;
    expect((await csv(await tokenOf({ kind: 'demo', account: 'ccaOrganizer' }), url)).map((row) => row['slug'])).toEqual(['hidden-edition-memorandum']);
    expect(await csv(await tokenOf({ kind: 'role', role: 'CHECKIN_STAFF' }), url)).toEqual([]);
  });

  describe('audit trail', () => {
    const TRAIL = `query($series: String!) { auditTrail(series: $series, first: 100) { edges { node { entityId entityType withheld before after } } } }`;
    interface Trail {
      auditTrail: { edges: { node: { entityId: string; entityType: string; withheld: boolean; before: string | null; after: string | null } }[] };
    }
    let agreementId: string;

    beforeAll(async () => {
      const created = await api.gql<{ createAgreement: { id: string } }>(
        `mutation($input: CreateAgreementInput!) { createAgreement(series: "${CCA}", number: 11, input: $input) { id } }`,
        {
          input: {
            slug: 'audited-confidential',
            title: [{ language: 'en', text: 'Audited confidential deal' }],
            type: 'INVESTMENT',
            parties: [{ countryCode: 'CN' }, { countryCode: 'UZ' }],
            valueAmount: 7777777,
            currency: 'CNY',
            confidential: true,
          },
        },
        { as: 'ccaOrganizer' },
      );
      agreementId = created.data?.createAgreement.id ?? '';
      expect(agreementId).not.toBe('');
      // A step of its lifecycle: the snapshot names no flag, the agreement is still confidential.
      const signed = await api.gql(`mutation($id: ID!) { transitionAgreement(id: $id, to: SIGNED, date: "2024-10-26") { id } }`, { id: agreementId }, { as: 'ccaOrganizer' });
      expect(signed.errors).toBeUndefined();
    });

    async function entryAs(reader: Reader) {
      const res = await api.gql<Trail>(TRAIL, { series: CCA }, { token: (await tokenOf(reader)) ?? '' });
      if (res.errors) return { code: String(res.errors[0]?.extensions?.['code']) };
      const entries = (res.data?.auditTrail.edges ?? []).filter((edge) => edge.node.entityId === agreementId);
      // Newest first: the transition, then the creation.
      expect(entries).toHaveLength(2);
      const [step, creation] = entries;
      if (step && creation && step.node.withheld !== creation.node.withheld) throw new Error('the two rows of one confidential agreement are withheld differently');
      return { node: creation?.node };
    }

    it.each([
      ['a platform admin', { kind: 'demo', account: 'platformAdmin' }],
      ['the series admin', { kind: 'demo', account: 'ccaOrganizer' }],
      ['a programme editor of the series', { kind: 'role', role: 'PROGRAMME_EDITOR' }],
    ] as [string, Reader][])('shows %s the confidential value it recorded', async (_who, reader) => {
      const { node } = await entryAs(reader);
      expect(node?.withheld).toBe(false);
      expect(node?.after).toContain('7777777');
    });

    it.each([
      ['a registration officer of the series', { kind: 'role', role: 'REGISTRATION_OFFICER' }],
      ['check-in staff of the series', { kind: 'role', role: 'CHECKIN_STAFF' }],
    ] as [string, Reader][])('withholds the snapshots from %s, who may read the rest of the trail', async (_who, reader) => {
      const { node } = await entryAs(reader);
      expect(node).toMatchObject({ entityType: 'Agreement', withheld: true, before: null, after: null });
    });

    it.each([
      ['a series admin of an edition (the trail is series-wide)', { kind: 'role', role: 'SERIES_ADMIN', editionNumber: 11 }, 'FORBIDDEN'],
      ['the admin of another series', { kind: 'demo', account: 'caucasusOrganizer' }, 'FORBIDDEN'],
      ['a revoked token', { kind: 'revoked' }, 'UNAUTHENTICATED'],
      ['a disabled account', { kind: 'disabled' }, 'UNAUTHENTICATED'],
    ] as [string, Reader, string][])('refuses the trail to %s', async (_who, reader, code) => {
      expect(await entryAs(reader)).toEqual({ code });
    });
  });
});
