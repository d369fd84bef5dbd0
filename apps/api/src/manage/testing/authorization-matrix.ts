// The authorization matrix of the organizer mutations, as data. Every mutation is one case that
// names the action it needs and the scope it acts in; the runner plays it as every kind of viewer
// (nobody signed in, a platform admin, each role of the policy series-wide in the case's series,
// a series admin limited to one edition and one limited to another edition, the series admin of
// the OTHER series, and a disabled series admin), each with real sign-in and on fresh records.
// What each viewer should get is derived from the policy (can() over the viewer's grants as
// stored): allowed viewers succeed and leave exactly one audit row, refused viewers get
// UNAUTHENTICATED / FORBIDDEN and change nothing. A mutation wired to the wrong action is caught,
// because the roles that hold the action it declares are not the ones the writer lets through.
//
// Cases live in manage/testing/cases-<context>.ts files exporting `cases: AuthorizationCase[]`;
// manage/authorization-matrix.int-spec.ts loads every such file it finds, and checks that every
// Mutation field of the schema has a case or is listed in PUBLIC_MUTATIONS with its own spec.
import type { OrganizerRole, PrismaClient } from '@caravan/db';
import { randomUUID } from 'node:crypto';
import type { Action } from '../../auth/policy/actions.js';
import { ROLE_ACTIONS } from '../../auth/policy/actions.js';
import { can, type Scope } from '../../auth/policy/can.js';
import type { SignedInViewer } from '../../auth/viewer.js';
import { seedEdition, seedOrganizer } from '../../testing/fixtures.js';
import { DEMO_ACCOUNTS, type DemoAccount, type TestApi } from '../../testing/test-api.js';

export const DEMO_SERIES = ['china-central-asia', 'china-caucasus'] as const;
export type DemoSeries = (typeof DEMO_SERIES)[number];

/** Tables a case can declare as touched (PostgreSQL table names, as Prisma creates them). */
export const MATRIX_TABLES = [
  'Series',
  'SeriesCountry',
  'SeriesOrganizer',
  'Edition',
  'EditionOrganizer',
  'Venue',
  'Room',
  'Track',
  'Session',
  'SessionParticipant',
  'Organization',
  'Person',
  'Delegation',
  'DelegationMember',
  'Statement',
  'Agreement',
  'AgreementParty',
  'AgreementMilestone',
  'Indicator',
  'IndicatorValue',
  'OutboxJob',
  'AccreditationCategory',
  'Application',
  'DelegationInvitation',
  'User',
  'AuthSession',
  'RoleGrant',
  'LaunchDraft',
  'EditionSigningKey',
  'Badge',
  'BadgeRenderRun',
  'CheckInScan',
  'AuditEntry',
] as const;
export type MatrixTable = (typeof MATRIX_TABLES)[number];

export interface MatrixContext {
  prisma: PrismaClient;
  /** A slug no other case uses, e.g. unique('session') -> 'session-m7'. */
  unique(prefix: string): string;
  /** An edition number no other case uses (from 100 up). */
  uniqueNumber(): number;
  seriesId(slug: DemoSeries): Promise<string>;
  editionId(slug: DemoSeries, number: number): Promise<string>;
}

export interface AuthorizationCase {
  /** The mutation, shown in the test name, e.g. 'updateSession'; a situation may follow in parentheses. */
  name: string;
  /** The policy action the mutation needs (auth/policy/actions.ts): what decides who may run it. */
  action: Action;
  /** The series the mutation writes in; the series roles are granted there, the other series' admin is refused. */
  series: DemoSeries;
  /**
   * Where the mutation acts, for the policy: null for a platform action, the series, or the
   * edition (series-wide grants cover it, and so does a grant for that edition). Given the
   * variables of one run, since some cases make a record in an edition of its own.
   */
  scope(ctx: MatrixContext, variables: Record<string, unknown>): Promise<Scope | null>;
  /** GraphQL mutation text; its variables come from `variables`. */
  mutation: string;
  /**
   * Creates what the mutation needs (a session to delete, a room to rename, ...) and returns
   * the variables. Called once per viewer, so every viewer acts on records of its own.
   */
  variables(ctx: MatrixContext): Promise<Record<string, unknown>>;
  /** Tables the mutation writes; AuditEntry is always watched as well. */
  tables: readonly MatrixTable[];
}

/**
 * Mutations open to visitors (marked @OpenToVisitors in their resolvers), which the matrix cannot
 * hold to "anonymous is refused". Each names the spec that holds it to its own rule instead;
 * auth/signed-in-mutations.int-spec.ts checks that this list and the marks agree.
 */
export const PUBLIC_MUTATIONS: Readonly<Record<string, string>> = {
  signIn: 'auth/auth.int-spec.ts (rate-limited per email and address)',
  refreshSession: 'auth/auth.int-spec.ts (a refresh token works once)',
  signOut: 'auth/auth.int-spec.ts (ends only the session of its token)',
  submitApplication: 'accreditation/registration.int-spec.ts (rate-limited per address, idempotent)',
  requestApplicationLink: 'accreditation/registration.int-spec.ts (always true; mails only an existing application)',
  updateMyApplication: 'accreditation/registration.int-spec.ts (the mailed token is the credential)',
  withdrawMyApplication: 'accreditation/registration.int-spec.ts (the mailed token is the credential)',
  eraseMyPersonalData: 'personal-data/participant-data.int-spec.ts (the mailed token is the credential; erased data opens nothing)',
  registerDelegationMember: 'accreditation/delegations/delegations.int-spec.ts (the invitation token is the credential: forged, expired, revoked and foreign tokens refused; quota under a row lock)',
  requestPasswordReset: 'auth/passwords.int-spec.ts (answers the same for any email; rate-limited)',
  resetPassword: 'auth/passwords.int-spec.ts (a reset token works once, before it expires)',
};

/**
 * Mutations every signed-in account runs on itself alone (no role, no scope), which the matrix's
 * per-role table does not describe. Visitors are refused by the sign-in guard like any organizer
 * mutation (auth/signed-in-mutations.int-spec.ts); each names the spec that holds it to its rule.
 */
export const SELF_SERVICE_MUTATIONS: Readonly<Record<string, string>> = {
  changePassword: 'auth/passwords.int-spec.ts (needs the current password; ends the other sessions)',
  startMfaEnrolment: 'auth/mfa.int-spec.ts (needs the current password)',
  confirmMfaEnrolment: 'auth/mfa.int-spec.ts (needs a code of the started enrolment)',
};

/** Mutation fields the schema has that neither a case nor PUBLIC_MUTATIONS accounts for, and names that are in neither the schema. */
export function matrixCoverage(mutationFields: readonly string[], caseNames: readonly string[]): { uncovered: string[]; unknown: string[] } {
  // A case may play a mutation in one of several situations: "disableOrganizer (an account of no series)".
  const mutationOf = (caseName: string) => caseName.replace(/ \(.*\)$/, '');
  const covered = new Set([...caseNames.map(mutationOf), ...Object.keys(PUBLIC_MUTATIONS), ...Object.keys(SELF_SERVICE_MUTATIONS)]);
  const fields = new Set(mutationFields);
  return { uncovered: mutationFields.filter((name) => !covered.has(name)).sort(), unknown: [...covered].filter((name) => !fields.has(name)).sort() };
}

/** Every role of the policy, series-wide in the case's series. */
const POLICY_ROLES = Object.keys(ROLE_ACTIONS) as OrganizerRole[];

/** Who plays a case: the policy roles, plus the viewers at the edges of a scope. */
export type MatrixRole =
  | 'anonymous'
  | 'platformAdmin'
  | OrganizerRole
  | 'editionAdmin'
  | 'otherEditionAdmin'
  | 'otherSeriesAdmin'
  | 'disabledSeriesAdmin';
export const MATRIX_ROLES: readonly MatrixRole[] = [
  'anonymous',
  'platformAdmin',
  ...POLICY_ROLES,
  'editionAdmin',
  'otherEditionAdmin',
  'otherSeriesAdmin',
  'disabledSeriesAdmin',
];

/** The edition the edition-limited grants are about, and the number of the other one. */
export const MATRIX_EDITION = { series: 'china-central-asia', number: 11 } as const;
const OTHER_EDITION_NUMBER = 90;

export interface RoleOutcome {
  /** extensions.code of the first error, or null when the mutation succeeded. */
  code: string | null;
  auditRowsAdded: number;
  /** Whether any of the case's tables (rows or their content) differs after the run. */
  tablesChanged: boolean;
  /** The first error's message, to read when an expectation fails. */
  message?: string;
}

const ALLOWED: RoleOutcome = { code: null, auditRowsAdded: 1, tablesChanged: true };
const UNAUTHENTICATED: RoleOutcome = { code: 'UNAUTHENTICATED', auditRowsAdded: 0, tablesChanged: false };
const FORBIDDEN: RoleOutcome = { code: 'FORBIDDEN', auditRowsAdded: 0, tablesChanged: false };

/** A signed-in account of the matrix with its stored grants, as the policy sees it. */
export interface MatrixActor {
  token: string;
  /** Null for a disabled account: its session no longer counts, whatever its grants. */
  viewer: SignedInViewer | null;
}

/** The accounts that play each role, per series of the case; null plays the visitor. */
export type MatrixActors = Readonly<Record<DemoSeries, Readonly<Record<MatrixRole, MatrixActor | null>>>>;

async function actorOf(api: TestApi, credentials: { email: string; password: string }): Promise<MatrixActor> {
  const signedIn = await api.signIn(credentials);
  const user = await api.prisma.user.findUniqueOrThrow({ where: { email: credentials.email }, include: { roleGrants: true } });
  return {
    token: signedIn.accessToken,
    viewer: {
      kind: 'user',
      sessionId: 'matrix',
      user: { id: user.id, email: user.email, displayName: user.displayName, isPlatformAdmin: user.isPlatformAdmin },
      grants: user.roleGrants.map((grant) => ({ id: grant.id, role: grant.role, seriesId: grant.seriesId, editionId: grant.editionId })),
    },
  };
}

/**
 * Signs in every account the matrix needs: the demo admins, and for each demo series one
 * account per policy role and a disabled series admin (disabled after it signed in, so it holds
 * a token that was valid); series admins limited to edition 11 of China–Central Asia and to
 * another edition of it.
 */
export async function createMatrixActors(api: TestApi): Promise<MatrixActors> {
  const demo = async (account: DemoAccount) => actorOf(api, DEMO_ACCOUNTS[account]);
  const organizer = async (grants: { seriesSlug: string; editionNumber?: number; role: OrganizerRole }[]) =>
    actorOf(api, await seedOrganizer(api.prisma, { email: `matrix-${randomUUID()}@example.org`, grants }));
  const cca = await api.prisma.series.findUniqueOrThrow({ where: { slug: MATRIX_EDITION.series } });
  await seedEdition(api.prisma, cca.id, OTHER_EDITION_NUMBER);
  const shared = {
    anonymous: null,
    platformAdmin: await demo('platformAdmin'),
    editionAdmin: await organizer([{ seriesSlug: MATRIX_EDITION.series, editionNumber: MATRIX_EDITION.number, role: 'SERIES_ADMIN' }]),
    otherEditionAdmin: await organizer([{ seriesSlug: MATRIX_EDITION.series, editionNumber: OTHER_EDITION_NUMBER, role: 'SERIES_ADMIN' }]),
  };
  const admins: Record<DemoSeries, MatrixActor> = { 'china-central-asia': await demo('ccaOrganizer'), 'china-caucasus': await demo('caucasusOrganizer') };
  const perSeries = async (series: DemoSeries): Promise<Record<MatrixRole, MatrixActor | null>> => {
    const roles = {} as Record<OrganizerRole, MatrixActor>;
    for (const role of POLICY_ROLES) roles[role] = role === 'SERIES_ADMIN' ? admins[series] : await organizer([{ seriesSlug: series, role }]);
    const disabled = await organizer([{ seriesSlug: series, role: 'SERIES_ADMIN' }]);
    await api.prisma.user.update({ where: { id: disabled.viewer?.user.id ?? '' }, data: { disabledAt: new Date() } });
    return { ...shared, ...roles, otherSeriesAdmin: admins[otherSeries(series)], disabledSeriesAdmin: { token: disabled.token, viewer: null } };
  };
  return { 'china-central-asia': await perSeries('china-central-asia'), 'china-caucasus': await perSeries('china-caucasus') };
}

/** What the policy says the actor gets for the case in that scope. */
export function expectedOutcome(actor: MatrixActor | null, action: Action, scope: Scope | null): RoleOutcome {
  if (actor === null || actor.viewer === null) return UNAUTHENTICATED;
  return can(actor.viewer, action, scope) ? ALLOWED : FORBIDDEN;
}

function otherSeries(series: DemoSeries): DemoSeries {
  return series === 'china-central-asia' ? 'china-caucasus' : 'china-central-asia';
}

/** Scopes of the cases: the series, or an edition of it. */
export const inSeries =
  (series: DemoSeries) =>
  async (ctx: MatrixContext): Promise<Scope> => ({ seriesId: await ctx.seriesId(series) });
export const inEdition =
  (series: DemoSeries, number: number) =>
  async (ctx: MatrixContext): Promise<Scope> => ({ seriesId: await ctx.seriesId(series), editionId: await ctx.editionId(series, number) });
export const onPlatform = async (): Promise<null> => null;

interface TableState {
  rows: number;
  digest: string;
}

/** Row count and a digest of every row's content, so updates show as well as inserts. */
async function tableState(prisma: PrismaClient, table: MatrixTable): Promise<TableState> {
  // The name comes from MATRIX_TABLES, never from input, so interpolating it is safe.
  const [state] = await prisma.$queryRawUnsafe<TableState[]>(
    `SELECT count(*)::int AS "rows", coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS "digest" FROM "${table}" t`,
  );
  if (!state) throw new Error(`No state for table ${table}`);
  return state;
}

/** Row count and content digest of each table, to compare before and after a mutation. */
export async function snapshot(prisma: PrismaClient, tables: readonly MatrixTable[]): Promise<Map<MatrixTable, TableState>> {
  const states = new Map<MatrixTable, TableState>();
  for (const table of tables) states.set(table, await tableState(prisma, table));
  return states;
}

export function createMatrixContext(prisma: PrismaClient): MatrixContext {
  let counter = 0;
  return {
    prisma,
    unique: (prefix) => `${prefix}-m${(counter += 1)}`,
    uniqueNumber: () => 100 + (counter += 1),
    seriesId: async (slug) => (await prisma.series.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id,
    editionId: async (slug, number) =>
      (await prisma.edition.findFirstOrThrow({ where: { number, series: { slug } }, select: { id: true } })).id,
  };
}

export interface PlayedRole {
  outcome: RoleOutcome;
  expected: RoleOutcome;
}

/** Plays one case as every matrix role, each on fresh variables, and says what each got and should have got. */
export async function runAuthorizationCase(
  api: TestApi,
  ctx: MatrixContext,
  actors: MatrixActors,
  c: AuthorizationCase,
): Promise<Record<MatrixRole, PlayedRole>> {
  const watched = [...new Set<MatrixTable>([...c.tables, 'AuditEntry'])];
  const played = {} as Record<MatrixRole, PlayedRole>;
  for (const role of MATRIX_ROLES) {
    const actor = actors[c.series][role];
    const variables = await c.variables(ctx);
    const expected = expectedOutcome(actor, c.action, await c.scope(ctx, variables));
    const before = await snapshot(api.prisma, watched);
    const res = await api.gql<Record<string, unknown>>(c.mutation, variables, actor ? { token: actor.token } : {});
    const after = await snapshot(api.prisma, watched);
    const error = res.errors?.[0];
    const code = error ? String(error.extensions?.['code'] ?? 'NO_CODE') : null;
    played[role] = {
      expected,
      outcome: {
        code,
        auditRowsAdded: (after.get('AuditEntry')?.rows ?? 0) - (before.get('AuditEntry')?.rows ?? 0),
        tablesChanged: c.tables.some((t) => before.get(t)?.digest !== after.get(t)?.digest || before.get(t)?.rows !== after.get(t)?.rows),
        ...(error ? { message: error.message } : {}),
      },
    };
  }
  return played;
}
