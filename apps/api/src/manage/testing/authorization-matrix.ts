// The authorization matrix of the organizer mutations, as data. Every mutation is one case; the
// runner plays it as three viewers (nobody signed in, the series admin of the OTHER series, the
// rightful organizer) and reports what happened, so one int-spec can hold every mutation to the
// same rule: refused viewers get UNAUTHENTICATED / FORBIDDEN and change nothing, the rightful
// organizer succeeds and leaves exactly one audit row.
//
// Cases live in manage/testing/cases-<context>.ts files exporting `cases: AuthorizationCase[]`;
// manage/authorization-matrix.int-spec.ts loads every such file it finds, and checks that every
// Mutation field of the schema has a case or is listed in PUBLIC_MUTATIONS with its own spec.
import type { PrismaClient } from '@caravan/db';
import type { DemoAccount, TestApi } from '../../testing/test-api.js';

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
  'User',
  'RoleGrant',
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
  /** Shown in the test name, e.g. 'updateSession'. */
  name: string;
  /** Who may run it: a SERIES_ADMIN of `series`, or only a platform admin (createSeries). */
  allowed: 'series-admin' | 'platform-admin';
  /** The series the mutation writes in; the refused organizer administers the other one. */
  series: DemoSeries;
  /** GraphQL mutation text; its variables come from `variables`. */
  mutation: string;
  /**
   * Creates what the mutation needs (a session to delete, a room to rename, ...) and returns
   * the variables. Called once per case, before the three viewers run it.
   */
  variables(ctx: MatrixContext): Promise<Record<string, unknown>>;
  /** Tables the mutation writes; AuditEntry is always watched as well. */
  tables: readonly MatrixTable[];
}

/**
 * Mutations open to visitors, which the matrix cannot hold to "anonymous is refused". Each names
 * the spec that holds it to its own rule instead.
 */
export const PUBLIC_MUTATIONS: Readonly<Record<string, string>> = {
  signIn: 'auth/auth.int-spec.ts (rate-limited per email and address)',
  refreshSession: 'auth/auth.int-spec.ts (a refresh token works once)',
  signOut: 'auth/auth.int-spec.ts (ends only the session of its token)',
};

/** Mutation fields the schema has that neither a case nor PUBLIC_MUTATIONS accounts for, and names that are in neither the schema. */
export function matrixCoverage(mutationFields: readonly string[], caseNames: readonly string[]): { uncovered: string[]; unknown: string[] } {
  const covered = new Set([...caseNames, ...Object.keys(PUBLIC_MUTATIONS)]);
  const fields = new Set(mutationFields);
  return { uncovered: mutationFields.filter((name) => !covered.has(name)).sort(), unknown: [...covered].filter((name) => !fields.has(name)).sort() };
}

export type MatrixRole = 'anonymous' | 'otherSeriesAdmin' | 'allowed';
export const MATRIX_ROLES: readonly MatrixRole[] = ['anonymous', 'otherSeriesAdmin', 'allowed'];

export interface RoleOutcome {
  /** extensions.code of the first error, or null when the mutation succeeded. */
  code: string | null;
  auditRowsAdded: number;
  /** Whether any of the case's tables (rows or their content) differs after the run. */
  tablesChanged: boolean;
  /** The first error's message, to read when an expectation fails. */
  message?: string;
}

export const EXPECTED_OUTCOMES: Readonly<Record<MatrixRole, RoleOutcome>> = {
  anonymous: { code: 'UNAUTHENTICATED', auditRowsAdded: 0, tablesChanged: false },
  otherSeriesAdmin: { code: 'FORBIDDEN', auditRowsAdded: 0, tablesChanged: false },
  allowed: { code: null, auditRowsAdded: 1, tablesChanged: true },
};

const SERIES_ADMIN_OF: Readonly<Record<DemoSeries, DemoAccount>> = {
  'china-central-asia': 'ccaOrganizer',
  'china-caucasus': 'caucasusOrganizer',
};

function otherSeries(series: DemoSeries): DemoSeries {
  return series === 'china-central-asia' ? 'china-caucasus' : 'china-central-asia';
}

/** Who plays each role in a case. */
export function actorsOf(c: AuthorizationCase): Record<MatrixRole, DemoAccount | null> {
  return {
    anonymous: null,
    otherSeriesAdmin: SERIES_ADMIN_OF[otherSeries(c.series)],
    allowed: c.allowed === 'platform-admin' ? 'platformAdmin' : SERIES_ADMIN_OF[c.series],
  };
}

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

async function snapshot(prisma: PrismaClient, tables: readonly MatrixTable[]): Promise<Map<MatrixTable, TableState>> {
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

/** Plays one case as the three viewers, the rightful organizer last. */
export async function runAuthorizationCase(
  api: TestApi,
  ctx: MatrixContext,
  c: AuthorizationCase,
): Promise<Record<MatrixRole, RoleOutcome>> {
  const watched = [...new Set<MatrixTable>([...c.tables, 'AuditEntry'])];
  const variables = await c.variables(ctx);
  const actors = actorsOf(c);
  const outcomes = {} as Record<MatrixRole, RoleOutcome>;
  for (const role of MATRIX_ROLES) {
    const before = await snapshot(api.prisma, watched);
    const res = await api.gql<Record<string, unknown>>(c.mutation, variables, { as: actors[role] });
    const after = await snapshot(api.prisma, watched);
    const error = res.errors?.[0];
    const code = error ? String(error.extensions?.['code'] ?? 'NO_CODE') : null;
    outcomes[role] = {
      code,
      auditRowsAdded: (after.get('AuditEntry')?.rows ?? 0) - (before.get('AuditEntry')?.rows ?? 0),
      tablesChanged: c.tables.some((t) => before.get(t)?.digest !== after.get(t)?.digest || before.get(t)?.rows !== after.get(t)?.rows),
      ...(error ? { message: error.message } : {}),
    };
  }
  return outcomes;
}
