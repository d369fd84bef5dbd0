// Delegations registering their members, on the real PostgreSQL: the invitation link (signed,
// expiring, revocable, hashed at rest, mailed through the outbox), what it opens, registering
// through it within the quota (also when registrars race for the last place), every bad token
// refused with its reason and nothing written, and the all-or-nothing CSV import.
import { randomUUID } from 'node:crypto';
import { delegationCsvHeader } from '@caravan/forums/registration';
import { seedOrganizer } from '../../testing/fixtures.js';
import { startTestApi, type TestApi } from '../../testing/test-api.js';
import { MagicLinks } from '../magic-links.js';
import { seedOpenRegistration, validAnswers, type RegistrationFixture } from '../testing/registration-fixture.js';
import { formOf, toDomainCategory, EDITION_FOR_REGISTRATION } from '../registration-context.js';
import { InvitationTokens } from './invitation-tokens.js';
import { DelegationInvitationsResolver } from './delegation-invitations.resolver.js';

const CREATE = `mutation($delegation: ID!, $email: String, $quota: Int, $days: Int) {
  createDelegationInvitation(delegationId: $delegation, language: "ru", email: $email, memberQuota: $quota, expiresInDays: $days) { id url expiresAt }
}`;
const REVOKE = `mutation($id: ID!) { revokeDelegationInvitation(id: $id) }`;
const VIEW = `query($token: String!) { delegationInvitation(token: $token, lang: "en") { delegationName countryCode editionNumber quota registeredCount members { reference name status } categories { slug kind } } }`;
const REGISTER = `mutation($token: String!, $answers: JSON!) { registerDelegationMember(token: $token, category: "delegation-member", language: "kk", answers: $answers) { reference status email } }`;
const IMPORT = `mutation($delegation: ID!, $csv: String!) { importDelegationMembers(delegationId: $delegation, category: "delegation-member", csv: $csv) { reference status email } }`;

interface Link {
  id: string;
  url: string;
  expiresAt: string;
}

describe(DelegationInvitationsResolver.name, () => {
  let api: TestApi;
  let fixture: RegistrationFixture;
  let adminToken: string;
  let checkinToken: string;

  beforeAll(async () => {
    api = await startTestApi({ seed: async (prisma) => void (fixture = await seedOpenRegistration(prisma)) });
    adminToken = (await api.signIn(await seedOrganizer(api.prisma, { grants: [{ seriesSlug: fixture.seriesSlug, role: 'REGISTRATION_OFFICER' }] }))).accessToken;
    checkinToken = (await api.signIn(await seedOrganizer(api.prisma, { grants: [{ seriesSlug: fixture.seriesSlug, role: 'CHECKIN_STAFF' }] }))).accessToken;
  });

  afterAll(async () => {
    await api?.close();
  });

  const delegation = async (quota: number | null = null) =>
    (await api.prisma.delegation.create({ data: { editionId: fixture.editionId, countryCode: null, name: { en: `Delegation ${randomUUID().slice(0, 6)}` }, memberQuota: quota } })).id;
  const invite = async (delegationId: string, variables: Record<string, unknown> = {}) => {
    const res = await api.gql<{ createDelegationInvitation: Link }>(CREATE, { delegation: delegationId, ...variables }, { token: adminToken });
    expect(res.errors).toBeUndefined();
    const link = res.data?.createDelegationInvitation as Link;
    return { ...link, token: decodeURIComponent(link.url.split('/delegation/')[1] ?? '') };
  };
  const register = (token: string, email = `member-${randomUUID()}@example.org`) => api.gql<{ registerDelegationMember: { reference: string; status: string } }>(REGISTER, { token, answers: validAnswers(fixture, email) });
  const members = (delegationId: string) => api.prisma.application.count({ where: { delegationId } });

  it('creates a link shown once (only its hash kept), sets the quota, mails the holder through the outbox and audits without the token', async () => {
    const id = await delegation();
    const outboxBefore = await api.prisma.outboxJob.count();
    const link = await invite(id, { email: 'Head@Example.org', quota: 3, days: 7 });
    expect(link.url).toMatch(/\/delegation\/[^/]+$/);
    const row = await api.prisma.delegationInvitation.findUniqueOrThrow({ where: { id: link.id } });
    expect(row.tokenHash).not.toContain(link.token);
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row).toMatchObject({ email: 'head@example.org', language: 'ru', revokedAt: null });
    expect(Math.round((row.expiresAt.getTime() - Date.now()) / 86_400_000)).toBe(7);
    expect((await api.prisma.delegation.findUniqueOrThrow({ where: { id } })).memberQuota).toBe(3);
    expect(await api.prisma.outboxJob.count()).toBe(outboxBefore + 1);
    const job = await api.prisma.outboxJob.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
    expect(job.payload).toMatchObject({ kind: 'delegation.invitation', locale: 'ru', to: { address: 'head@example.org' }, params: { invitationUrl: link.url } });
    const audit = await api.prisma.auditEntry.findFirstOrThrow({ where: { entityId: link.id } });
    expect(JSON.stringify(audit)).not.toContain(link.token);
  });

  it('refuses organizers without registration.edit and bad arguments, writing nothing', async () => {
    const id = await delegation();
    const before = await api.prisma.delegationInvitation.count();
    expect((await api.gql(CREATE, { delegation: id }, { token: checkinToken })).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const bad = await api.gql(CREATE, { delegation: id, email: 'not-an-email', days: 400 }, { token: adminToken });
    expect((bad.errors?.[0]?.extensions?.['problems'] as { field: string }[]).map((p) => p.field).sort()).toEqual(['email', 'expiresInDays']);
    expect(await api.prisma.delegationInvitation.count()).toBe(before);
  });

  it('opens the delegation to the link’s holder and registers members within the quota', async () => {
    const id = await delegation(2);
    const { token } = await invite(id);
    const first = await register(token);
    expect(first.errors).toBeUndefined();
    expect((await register(token)).errors).toBeUndefined();
    const third = await register(token);
    expect(third.errors?.[0]?.extensions?.['code']).toBe('DELEGATION_QUOTA_FULL');
    expect(await members(id)).toBe(2);
    const view = await api.gql<{ delegationInvitation: { quota: number; registeredCount: number; members: { reference: string }[]; categories: { slug: string }[] } }>(VIEW, { token });
    expect(view.errors).toBeUndefined();
    expect(view.data?.delegationInvitation).toMatchObject({ quota: 2, registeredCount: 2 });
    expect(view.data?.delegationInvitation.members.map((m) => m.reference)).toContain(first.data?.registerDelegationMember.reference);
    expect(view.data?.delegationInvitation.categories.map((c) => c.slug).sort()).toEqual(['delegation-member', 'head-of-delegation']);
    const stored = await api.prisma.application.findFirstOrThrow({ where: { reference: first.data?.registerDelegationMember.reference ?? '' } });
    expect(stored).toMatchObject({ delegationId: id, language: 'kk' });
  });

  it('lets exactly one of many racing registrars take the last place of the quota', async () => {
    const id = await delegation(1);
    const { token } = await invite(id);
    const answers = await Promise.all(Array.from({ length: 8 }, () => register(token)));
    expect(answers.filter((a) => a.errors === undefined)).toHaveLength(1);
    expect(answers.filter((a) => a.errors?.[0]?.extensions?.['code'] === 'DELEGATION_QUOTA_FULL')).toHaveLength(7);
    expect(await members(id)).toBe(1);
  });

  it('refuses forged, foreign, expired and revoked links, naming why, and writes nothing', async () => {
    const id = await delegation();
    const { token, id: invitationId } = await invite(id);
    const tokens = api.app.get(InvitationTokens);
    const expiredId = randomUUID();
    const past = new Date(Date.now() - 60_000);
    await api.prisma.delegationInvitation.create({ data: { id: expiredId, delegationId: id, tokenHash: randomUUID(), expiresAt: past } });
    const cases: [string, string][] = [
      ['forged', `${token.slice(0, -3)}abc`],
      ['forged', await api.app.get(MagicLinks).token(randomUUID())],
      ['unknown', await tokens.sign(randomUUID(), new Date(Date.now() + 3_600_000))],
      ['expired', await tokens.sign(expiredId, past)],
    ];
    for (const [reason, bad] of cases) {
      const res = await register(bad);
      expect({ reason, code: res.errors?.[0]?.extensions?.['code'], said: res.errors?.[0]?.extensions?.['reason'] }).toEqual({ reason, code: 'INVITATION_INVALID', said: reason });
      expect((await api.gql(VIEW, { token: bad })).errors?.[0]?.extensions?.['reason']).toBe(reason);
    }
    expect((await api.gql(REVOKE, { id: invitationId }, { token: adminToken })).data).toEqual({ revokeDelegationInvitation: true });
    const revoked = await register(token);
    expect(revoked.errors?.[0]?.extensions).toMatchObject({ code: 'INVITATION_INVALID', reason: 'revoked' });
    expect(await members(id)).toBe(0);
  });

  describe('importDelegationMembers', () => {
    let header: string[];

    beforeAll(async () => {
      const edition = await api.prisma.edition.findUniqueOrThrow({ where: { id: fixture.editionId }, select: EDITION_FOR_REGISTRATION });
      const category = await api.prisma.accreditationCategory.findUniqueOrThrow({ where: { editionId_slug: { editionId: fixture.editionId, slug: 'delegation-member' } } });
      header = delegationCsvHeader(formOf(edition), toDomainCategory(category));
    });

    const line = (values: Record<string, string>) => header.map((column) => values[column] ?? '').map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',');
    const person = (email: string, extra: Record<string, string> = {}) =>
      line({ 'Given name': 'Nurlan', 'Family name': 'Sadykov', Citizenship: 'KZ', Email: email, Phone: '+7 7172 123456', Organization: 'Ministry of Trade', Position: 'Adviser', ...extra });
    const csvOf = (...lines: string[]) => [header.join(','), ...lines].join('\n');
    const importCsv = (delegationId: string, csv: string, token = adminToken) => api.gql<{ importDelegationMembers: { reference: string }[] }>(IMPORT, { delegation: delegationId, csv }, { token });

    it('imports every member of a good file, audited once', async () => {
      const id = await delegation(5);
      const res = await importCsv(id, csvOf(person(`a-${randomUUID()}@example.org`), person(`b-${randomUUID()}@example.org`)));
      expect(res.errors).toBeUndefined();
      expect(res.data?.importDelegationMembers).toHaveLength(2);
      expect(await members(id)).toBe(2);
      expect(await api.prisma.auditEntry.count({ where: { entityId: id, entityType: 'Delegation' } })).toBe(1);
    });

    it('names every bad row with its line and field and writes nothing', async () => {
      const id = await delegation(5);
      const res = await importCsv(id, csvOf(person(`ok-${randomUUID()}@example.org`), person('not-an-email'), person(`c-${randomUUID()}@example.org`, { 'Given name': '' })));
      expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      const problems = res.errors?.[0]?.extensions?.['problems'] as { field: string; reason: string }[];
      expect(problems.map((p) => p.field).sort()).toEqual(['csv.line3.email', 'csv.line4.givenName']);
      expect(problems.find((p) => p.field === 'csv.line3.email')?.reason).toMatch(/^line 3, Email/);
      expect(await members(id)).toBe(0);
    });

    it('refuses a file past the quota, an email already registered, and an organizer without the role, writing nothing', async () => {
      const id = await delegation(1);
      const over = await importCsv(id, csvOf(person(`d-${randomUUID()}@example.org`), person(`e-${randomUUID()}@example.org`)));
      expect(over.errors?.[0]?.extensions?.['code']).toBe('DELEGATION_QUOTA_FULL');
      const taken = `taken-${randomUUID()}@example.org`;
      const other = await delegation(5);
      expect((await importCsv(other, csvOf(person(taken)))).errors).toBeUndefined();
      const duplicate = await importCsv(id, csvOf(person(taken)));
      expect(duplicate.errors?.[0]?.extensions?.['problems']).toEqual([expect.objectContaining({ field: 'csv.line2.email', reason: expect.stringContaining('already exists') })]);
      expect((await importCsv(id, csvOf(person(`f-${randomUUID()}@example.org`)), checkinToken)).errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(await members(id)).toBe(0);
    });
  });
});
