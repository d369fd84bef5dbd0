// Two-step sign-in through the real GraphQL endpoint: enrolment, sign-in with a code of the app
// (never the same code twice) or a recovery code (once), and the rule that admins past their
// grace period must have it on to administer accounts and roles.
import { randomUUID } from 'node:crypto';
import { seedOrganizer, type OrganizerFixture } from '../testing/fixtures.js';
import { startTestApi, type SignedIn, type TestApi } from '../testing/test-api.js';
import { MfaResolver } from './mfa.resolver.js';
import { hashSecret } from './refresh-tokens.js';
import { RECOVERY_CODE_COUNT, totpCodeAt } from './totp.js';

const START = `mutation($p: String!) { startMfaEnrolment(currentPassword: $p) { secret otpauthUri } }`;
const CONFIRM = `mutation($c: String!) { confirmMfaEnrolment(code: $c) }`;
const SIGN_IN_MFA = `mutation($e: String!, $p: String!, $c: String) { signIn(email: $e, password: $p, mfaCode: $c) { accessToken user { email } } }`;
const GRANT = `mutation($e: String!) { grantRole(userEmail: $e, role: CHECKIN_STAFF, seriesSlug: "china-central-asia") { id } }`;
const DAY_MS = 24 * 60 * 60 * 1000;

describe(MfaResolver.name, () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi({ env: { ADMIN_MFA_GRACE_DAYS: '7' } });
  });

  afterAll(async () => {
    await api?.close();
  });

  const codeOf = (res: { errors?: { extensions?: Record<string, unknown> }[] }) => res.errors?.[0]?.extensions?.['code'];
  const signInWith = (who: OrganizerFixture, code: string | null) => api.gql<{ signIn: SignedIn }>(SIGN_IN_MFA, { e: who.email, p: who.password, c: code });

  /** Enrols the organizer; the secret and the recovery codes, and the moment of the code used. */
  async function enrol(who: OrganizerFixture): Promise<{ secret: string; recoveryCodes: string[]; at: Date }> {
    const session = await api.signIn(who);
    const started = await api.gql<{ startMfaEnrolment: { secret: string; otpauthUri: string } }>(START, { p: who.password }, { token: session.accessToken });
    expect(started.errors).toBeUndefined();
    const secret = started.data?.startMfaEnrolment.secret ?? '';
    const at = new Date();
    const confirmed = await api.gql<{ confirmMfaEnrolment: string[] }>(CONFIRM, { c: totpCodeAt(secret, at) }, { token: session.accessToken });
    expect(confirmed.errors).toBeUndefined();
    return { secret, recoveryCodes: confirmed.data?.confirmMfaEnrolment ?? [], at };
  }

  it('enrols in two steps: the current password for a secret, then a code of the app for the recovery codes', async () => {
    const lena = await seedOrganizer(api.prisma);
    const session = await api.signIn(lena);
    const wrongPassword = await api.gql(START, { p: 'not my password at all' }, { token: session.accessToken });
    expect(wrongPassword.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', problems: [{ field: 'currentPassword', reason: 'is not the current password' }] });
    const started = await api.gql<{ startMfaEnrolment: { secret: string; otpauthUri: string } }>(START, { p: lena.password }, { token: session.accessToken });
    const { secret, otpauthUri } = started.data?.startMfaEnrolment ?? { secret: '', otpauthUri: '' };
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toBe(`otpauth://totp/Caravan:${encodeURIComponent(lena.email)}?issuer=Caravan&secret=${secret}&algorithm=SHA1&digits=6&period=30`);
    // Not in force before it is confirmed: sign-in still takes the password alone.
    expect((await signInWith(lena, null)).errors).toBeUndefined();
    const wrongCode = await api.gql(CONFIRM, { c: '000000' === totpCodeAt(secret, new Date()) ? '111111' : '000000' }, { token: session.accessToken });
    expect(wrongCode.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', problems: [{ field: 'code', reason: 'is not the current code' }] });
    const confirmed = await api.gql<{ confirmMfaEnrolment: string[] }>(CONFIRM, { c: totpCodeAt(secret, new Date()) }, { token: session.accessToken });
    const codes = confirmed.data?.confirmMfaEnrolment ?? [];
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}$/);
    // Only hashes of the recovery codes are stored.
    const stored = await api.prisma.mfaRecoveryCode.findMany({ where: { userId: lena.id } });
    expect(stored.map((row) => row.codeHash).sort()).toEqual(codes.map((code) => hashSecret(code.replaceAll('-', ''))).sort());
    // A second enrolment is refused while it is on.
    expect(codeOf(await api.gql(START, { p: lena.password }, { token: session.accessToken }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await api.gql(START, { p: lena.password }))).toBe('UNAUTHENTICATED');
  });

  it('asks for a code at sign-in, takes each code of the app once, and each recovery code once', async () => {
    const mark = await seedOrganizer(api.prisma);
    const { secret, recoveryCodes, at } = await enrol(mark);
    const missing = await signInWith(mark, null);
    expect({ code: codeOf(missing), data: missing.data }).toEqual({ code: 'MFA_REQUIRED', data: null });
    expect(codeOf(await signInWith(mark, 'abcdef'))).toBe('INVALID_CREDENTIALS');
    // The code that confirmed the enrolment has been used: it does not sign in.
    expect(codeOf(await signInWith(mark, totpCodeAt(secret, at)))).toBe('INVALID_CREDENTIALS');
    // The next step's code (accepted within one step of drift) signs in, once.
    const next = totpCodeAt(secret, new Date(at.getTime() + 30_000));
    const signedIn = await signInWith(mark, next);
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data?.signIn.user.email).toBe(mark.email);
    expect(codeOf(await signInWith(mark, next))).toBe('INVALID_CREDENTIALS');
    // A wrong password with a right code is still refused.
    const wrongPassword = await api.gql(SIGN_IN_MFA, { e: mark.email, p: `wrong ${randomUUID()}`, c: recoveryCodes[0] });
    expect(codeOf(wrongPassword)).toBe('INVALID_CREDENTIALS');
    // A recovery code, typed in lower case without dashes, works once.
    const recovery = (recoveryCodes[0] ?? '').replaceAll('-', '').toLowerCase();
    expect((await signInWith(mark, recovery)).errors).toBeUndefined();
    expect(codeOf(await signInWith(mark, recovery))).toBe('INVALID_CREDENTIALS');
    expect(await api.prisma.mfaRecoveryCode.count({ where: { userId: mark.id, usedAt: { not: null } } })).toBe(1);
  });

  it('refuses account and role administration to an admin past the grace period without two-step sign-in, and lets it through once enrolled', async () => {
    const nina = await seedOrganizer(api.prisma, { grants: [{ seriesSlug: 'china-central-asia', role: 'SERIES_ADMIN' }] });
    const grantTo = async (admin: OrganizerFixture) => {
      const target = await seedOrganizer(api.prisma);
      const session = await api.signIn(admin);
      const res = await api.gql(GRANT, { e: target.email }, { token: session.accessToken });
      return { code: codeOf(res) ?? null, grants: await api.prisma.roleGrant.count({ where: { userId: target.id } }) };
    };
    // Within the grace period: allowed (the negative control of the refusal below).
    expect(await grantTo(nina)).toEqual({ code: null, grants: 1 });
    await api.prisma.user.update({ where: { id: nina.id }, data: { createdAt: new Date(Date.now() - 8 * DAY_MS) } });
    expect(await grantTo(nina)).toEqual({ code: 'MFA_ENROLMENT_REQUIRED', grants: 0 });
    // Other work of the same admin is not held up.
    const session = await api.signIn(nina);
    const update = await api.gql(`mutation { updateSeries(slug: "china-central-asia", input: { focusTrackSlugs: [] }) { slug } }`, {}, { token: session.accessToken });
    expect(codeOf(update) ?? null).not.toBe('MFA_ENROLMENT_REQUIRED');
    const { secret, at } = await enrol(nina);
    const later = totpCodeAt(secret, new Date(at.getTime() + 30_000));
    const signedIn = await signInWith(nina, later);
    const target = await seedOrganizer(api.prisma);
    const granted = await api.gql(GRANT, { e: target.email }, { token: signedIn.data?.signIn.accessToken ?? '' });
    expect(granted.errors).toBeUndefined();
  });
});
