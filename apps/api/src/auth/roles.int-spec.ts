import { PasswordHasher } from './password-hasher.js';
// Role administration and the audit trail through GraphQL on real PostgreSQL: who may grant
// what where, that refusals write nothing, and that a change and its audit row commit together.
import { seedCatalogue, seedForum, seedOrganizer, type ForumFixture } from '../testing/fixtures.js';
import { startTestApi, type GqlResult, type TestApi } from '../testing/test-api.js';
import { RolesResolver } from './roles.resolver.js';

const GRANT = `mutation($email: String!, $role: OrganizerRole!, $series: String!, $edition: Int) {
  grantRole(userEmail: $email, role: $role, seriesSlug: $series, editionNumber: $edition) { id role seriesSlug editionNumber }
}`;
const REVOKE = `mutation($id: ID!) { revokeRole(grantId: $id) }`;
const CREATE = `mutation($email: String!, $name: String!, $password: String!, $series: String) {
  createOrganizer(email: $email, displayName: $name, password: $password, seriesSlug: $series) { id email displayName roles { role } }
}`;
const TRAIL = `query($series: String!, $first: Int, $after: String) {
  auditTrail(series: $series, first: $first, after: $after) {
    edges { cursor node { id action entityType entityId editionId before after actor { email } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface GrantData {
  grantRole: { id: string; role: string; seriesSlug: string; editionNumber: number | null };
}
interface TrailData {
  auditTrail: {
    edges: { cursor: string; node: { id: string; action: string; entityType: string; entityId: string; editionId: string | null; before: string | null; after: string | null; actor: { email: string } | null } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe(RolesResolver.name, () => {
  let api: TestApi;
  let asia: ForumFixture;
  let caucasus: ForumFixture;
  let asiaAdminToken: string;
  let asiaAdminEmail: string;
  let caucasusAdminToken: string;

  const counts = async () => ({
    grants: await api.prisma.roleGrant.count(),
    audit: await api.prisma.auditEntry.count(),
    users: await api.prisma.user.count(),
  });

  beforeAll(async () => {
    api = await startTestApi({
      seed: async (prisma) => {
        await seedCatalogue(prisma);
        asia = await seedForum(prisma, { slug: 'china-central-asia', number: 11, sessions: 1 });
        caucasus = await seedForum(prisma, { slug: 'china-caucasus', number: 1, sessions: 1 });
      },
    });
    const prisma = api.prisma;
    const asiaAdmin = await seedOrganizer(prisma, { grants: [{ role: 'SERIES_ADMIN', seriesSlug: asia.seriesSlug }] });
    const caucasusAdmin = await seedOrganizer(prisma, { grants: [{ role: 'SERIES_ADMIN', seriesSlug: caucasus.seriesSlug }] });
    asiaAdminEmail = asiaAdmin.email;
    asiaAdminToken = (await api.signIn(asiaAdmin)).accessToken;
    caucasusAdminToken = (await api.signIn(caucasusAdmin)).accessToken;
  });

  afterAll(async () => {
    await api?.close();
  });

  it('lets a series admin grant a role in their series, audited with the actor', async () => {
    const editor = await seedOrganizer(api.prisma);
    const res = await api.gql<GrantData>(GRANT, { email: editor.email, role: 'PROGRAMME_EDITOR', series: asia.seriesSlug }, { token: asiaAdminToken });
    expect(res.errors).toBeUndefined();
    expect(res.data?.grantRole).toMatchObject({ role: 'PROGRAMME_EDITOR', seriesSlug: 'china-central-asia', editionNumber: null });
    const audit = await api.prisma.auditEntry.findMany({ where: { entityId: res.data?.grantRole.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'grant', entityType: 'RoleGrant', seriesId: asia.seriesId, editionId: null });
    expect(audit[0]?.after).toMatchObject({ userEmail: editor.email, role: 'PROGRAMME_EDITOR', seriesId: asia.seriesId });
    const me = await api.gql<{ me: { roles: { role: string; seriesSlug: string }[] } }>(`{ me { roles { role seriesSlug } } }`, {}, { token: (await api.signIn(editor)).accessToken });
    expect(me.data?.me.roles).toEqual([{ role: 'PROGRAMME_EDITOR', seriesSlug: 'china-central-asia' }]);
  });

  it("refuses a series admin of another series and writes nothing", async () => {
    const target = await seedOrganizer(api.prisma);
    const before = await counts();
    const res = await api.gql<GrantData>(GRANT, { email: target.email, role: 'SERIES_ADMIN', series: asia.seriesSlug }, { token: caucasusAdminToken });
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(res.errors?.[0]?.message).toContain('Ask an admin of this series');
    expect(await counts()).toEqual(before);
  });

  it('asks visitors to sign in before granting', async () => {
    const res = await api.gql<GrantData>(GRANT, { email: asiaAdminEmail, role: 'CHECKIN_STAFF', series: asia.seriesSlug });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('limits an edition-scoped admin to their edition', async () => {
    const prisma = api.prisma;
    const editionAdmin = await seedOrganizer(prisma, { grants: [{ role: 'SERIES_ADMIN', seriesSlug: asia.seriesSlug, editionNumber: asia.editionNumber }] });
    const token = (await api.signIn(editionAdmin)).accessToken;
    const staff = await seedOrganizer(prisma);
    const inEdition = await api.gql<GrantData>(GRANT, { email: staff.email, role: 'CHECKIN_STAFF', series: asia.seriesSlug, edition: asia.editionNumber }, { token });
    expect(inEdition.errors).toBeUndefined();
    expect(inEdition.data?.grantRole.editionNumber).toBe(asia.editionNumber);
    const seriesWide = await api.gql<GrantData>(GRANT, { email: staff.email, role: 'CHECKIN_STAFF', series: asia.seriesSlug }, { token });
    expect(seriesWide.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('grants the media centre role for one edition; its holder reads it back and may not grant roles', async () => {
    const officer = await seedOrganizer(api.prisma);
    const res = await api.gql<GrantData>(GRANT, { email: officer.email, role: 'MEDIA_OFFICER', series: asia.seriesSlug, edition: asia.editionNumber }, { token: asiaAdminToken });
    expect(res.errors).toBeUndefined();
    expect(res.data?.grantRole).toMatchObject({ role: 'MEDIA_OFFICER', seriesSlug: 'china-central-asia', editionNumber: asia.editionNumber });
    const token = (await api.signIn(officer)).accessToken;
    const me = await api.gql<{ me: { roles: { role: string; editionNumber: number | null }[] } }>(`{ me { roles { role editionNumber } } }`, {}, { token });
    expect(me.data?.me.roles).toEqual([{ role: 'MEDIA_OFFICER', editionNumber: asia.editionNumber }]);
    const staff = await seedOrganizer(api.prisma);
    const before = await counts();
    const byOfficer = await api.gql<GrantData>(GRANT, { email: staff.email, role: 'MEDIA_OFFICER', series: asia.seriesSlug, edition: asia.editionNumber }, { token });
    expect(byOfficer.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);
  });

  it('revokes a grant, recording what it was', async () => {
    const staff = await seedOrganizer(api.prisma);
    const granted = await api.gql<GrantData>(GRANT, { email: staff.email, role: 'CHECKIN_STAFF', series: asia.seriesSlug }, { token: asiaAdminToken });
    const grantId = granted.data?.grantRole.id ?? '';
    const foreign = await api.gql<{ revokeRole: boolean }>(REVOKE, { id: grantId }, { token: caucasusAdminToken });
    expect(foreign.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const res = await api.gql<{ revokeRole: boolean }>(REVOKE, { id: grantId }, { token: asiaAdminToken });
    expect(res.errors).toBeUndefined();
    expect(res.data?.revokeRole).toBe(true);
    expect(await api.prisma.roleGrant.findUnique({ where: { id: grantId } })).toBeNull();
    const audit = await api.prisma.auditEntry.findFirst({ where: { entityId: grantId, action: 'revoke' } });
    expect(audit?.before).toMatchObject({ userEmail: staff.email, role: 'CHECKIN_STAFF' });
    expect(audit?.after).toBeNull();
  });

  it('creates organizer accounts for series admins of that series and platform admins only', async () => {
    const password = 'a long enough passphrase';
    const own = await api.gql<{ createOrganizer: { email: string; roles: unknown[] } }>(CREATE, { email: 'New.Person@Example.org', name: 'New Person', password, series: asia.seriesSlug }, { token: asiaAdminToken },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.createOrganizer).toMatchObject({ email: 'new.person@example.org', roles: [] });
    const stored = await api.prisma.user.findUnique({ where: { email: 'new.person@example.org' } });
    expect(stored?.passwordHash.startsWith('$argon2id$')).toBe(true);
    const audit = await api.prisma.auditEntry.findFirst({ where: { entityId: stored?.id ?? '' } });
    expect(audit?.seriesId).toBe(asia.seriesId);
    expect(JSON.stringify(audit?.after)).not.toContain('argon2');

    const noSeries = await api.gql(CREATE, { email: 'x@example.org', name: 'X', password }, { token: asiaAdminToken });
    expect(noSeries.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const platform = await seedOrganizer(api.prisma, { isPlatformAdmin: true });
    const byPlatform = await api.gql(CREATE, { email: 'x@example.org', name: 'X', password }, { token: (await api.signIn(platform)).accessToken });
    expect(byPlatform.errors).toBeUndefined();
    const weak = await api.gql(CREATE, { email: 'y@example.org', name: 'Y', password: 'short', series: asia.seriesSlug }, { token: asiaAdminToken });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: 'password', reason: 'must be at least 12 characters' }] });
  });

  it('hashes a password only for a caller who may create the account and an email not yet taken', async () => {
    const hasher = api.app.get(PasswordHasher);
    const hashed = jest.spyOn(hasher, 'hash');
    try {
      const password = 'another long passphrase';
      const taken = await seedOrganizer(api.prisma);
      const duplicate = await api.gql(CREATE, { email: taken.email, name: 'Twin', password, series: asia.seriesSlug }, { token: asiaAdminToken });
      expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: 'ALREADY_TAKEN', problems: [{ field: 'email' }] });
      const anonymous = await api.gql(CREATE, { email: 'anon-made@example.org', name: 'Anon', password, series: asia.seriesSlug });
      expect(anonymous.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      const outsider = await api.gql(CREATE, { email: 'outsider-made@example.org', name: 'Out', password }, { token: asiaAdminToken });
      expect(outsider.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(hashed).not.toHaveBeenCalled();
      // Control: the rightful creator with a new email does hash, once.
      const created = await api.gql(CREATE, { email: 'hashed-once@example.org', name: 'Once', password, series: asia.seriesSlug }, { token: asiaAdminToken });
      expect(created.errors).toBeUndefined();
      expect(hashed).toHaveBeenCalledTimes(1);
    } finally {
      hashed.mockRestore();
    }
  });

  it('writes the change and its audit row in one transaction: when the audit insert fails, the grant is not kept', async () => {
    const prisma = api.prisma;
    const staff = await seedOrganizer(prisma);
    const before = await counts();
    // A real failure inside the transaction, after the grant row was inserted.
    await prisma.$executeRawUnsafe(`CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit store refused'; END $$`);
    await prisma.$executeRawUnsafe(`CREATE TRIGGER refuse_audit BEFORE INSERT ON "AuditEntry" FOR EACH ROW EXECUTE FUNCTION refuse_audit()`);
    try {
      const res = await api.gql<GrantData>(GRANT, { email: staff.email, role: 'CHECKIN_STAFF', series: asia.seriesSlug }, { token: asiaAdminToken });
      expect(res.errors?.[0]?.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await prisma.$executeRawUnsafe(`DROP TRIGGER refuse_audit ON "AuditEntry"`);
      await prisma.$executeRawUnsafe(`DROP FUNCTION refuse_audit()`);
    }
    expect(await counts()).toEqual(before);
    expect(await prisma.roleGrant.findFirst({ where: { userId: staff.id } })).toBeNull();
    // Negative control: without the failure the same grant is written with its audit row.
    const ok = await api.gql<GrantData>(GRANT, { email: staff.email, role: 'CHECKIN_STAFF', series: asia.seriesSlug }, { token: asiaAdminToken });
    expect(ok.errors).toBeUndefined();
    expect(await counts()).toEqual({ ...before, grants: before.grants + 1, audit: before.audit + 1 });
  });

  it('pages the audit trail for organizers of the series and refuses everybody else', async () => {
    const all = await api.prisma.auditEntry.count({ where: { seriesId: asia.seriesId } });
    expect(all).toBeGreaterThan(3);
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < all; page += 1) {
      const res: GqlResult<TrailData> = await api.gql<TrailData>(TRAIL, { series: asia.seriesSlug, first: 2, after }, { token: asiaAdminToken });
      expect(res.errors).toBeUndefined();
      const trail = res.data?.auditTrail;
      seen.push(...(trail?.edges.map((e) => e.node.id) ?? []));
      // Every change in this test was made by a signed-in organizer.
      expect(trail?.edges.every((e) => e.node.actor !== null)).toBe(true);
      if (!trail?.pageInfo.hasNextPage) break;
      after = trail.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(all);
    expect(new Set(seen).size).toBe(all);
    const newest = await api.gql<TrailData>(TRAIL, { series: asia.seriesSlug, first: 1 }, { token: asiaAdminToken });
    const latest = await api.prisma.auditEntry.findFirst({ where: { seriesId: asia.seriesId }, orderBy: [{ at: 'desc' }, { id: 'desc' }] });
    expect(newest.data?.auditTrail.edges[0]?.node.id).toBe(latest?.id);
    expect(newest.data?.auditTrail.edges[0]?.node.actor?.email).toBe(asiaAdminEmail);

    const foreign = await api.gql<TrailData>(TRAIL, { series: asia.seriesSlug, first: 5 }, { token: caucasusAdminToken });
    expect(foreign.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const visitor = await api.gql<TrailData>(TRAIL, { series: asia.seriesSlug, first: 5 });
    expect(visitor.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    const badCursor = await api.gql<TrailData>(TRAIL, { series: asia.seriesSlug, first: 5, after: 'nonsense' }, { token: asiaAdminToken });
    expect(badCursor.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
