// The authorization matrix: every organizer mutation, run as every role of the policy and the
// viewers at the edges of a scope (visitor, platform admin, edition-limited grants, the other
// series' admin, a disabled account), on real PostgreSQL and Redis, each checked against what the
// policy allows. Cases come from every
// manage/testing/cases-*.ts file, so a new context only adds a file; the schema itself says
// which mutations exist, so one without a case (or a public one without its own spec) fails here.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isObjectType } from 'graphql';
import { buildApiSchema } from '../schema/schema-sdl.js';
import { startTestApi, type TestApi } from '../testing/test-api.js';
import {
  createMatrixActors,
  createMatrixContext,
  MATRIX_ROLES,
  matrixCoverage,
  runAuthorizationCase,
  type AuthorizationCase,
  type MatrixActors,
  type MatrixContext,
} from './testing/authorization-matrix.js';

function loadCases(): AuthorizationCase[] {
  const dir = join(__dirname, 'testing');
  const files = readdirSync(dir).filter((file) => /^cases-[a-z-]+\.ts$/.test(file)).sort();
  return files.flatMap((file) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- cases are found by file name
    const loaded: unknown = require(join(dir, file));
    const cases = typeof loaded === 'object' && loaded !== null && 'cases' in loaded ? loaded.cases : undefined;
    if (!Array.isArray(cases)) throw new Error(`${file} must export "cases: AuthorizationCase[]"`);
    return cases as AuthorizationCase[];
  });
}

const cases = loadCases();
console.info(`authorization matrix: ${cases.length} mutations x ${MATRIX_ROLES.length} roles = ${cases.length * MATRIX_ROLES.length} checks`);

describe('authorization matrix of organizer mutations', () => {
  let api: TestApi;
  let ctx: MatrixContext;
  let actors: MatrixActors;

  // Signing in one account per role (eleven password hashes) and seeding their grants takes over a
  // minute on a busy two-core machine.
  beforeAll(async () => {
    api = await startTestApi();
    ctx = createMatrixContext(api.prisma);
    actors = await createMatrixActors(api);
  }, 300_000);

  afterAll(async () => {
    await api?.close();
  });

  it('has a case for every Mutation field of the schema that is not public, and no case for a field it lacks', async () => {
    const mutation = (await buildApiSchema()).getMutationType();
    if (!mutation || !isObjectType(mutation)) throw new Error('the schema has no Mutation type');
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    expect(matrixCoverage(Object.keys(mutation.getFields()), cases.map((c) => c.name))).toEqual({ uncovered: [], unknown: [] });
    // The check can fail: a mutation without a case, and a case without a mutation, are both reported.
    expect(matrixCoverage(['createSeries', 'brandNewMutation'], ['createSeries', 'goneMutation'])).toEqual({ uncovered: ['brandNewMutation'], unknown: expect.arrayContaining(['goneMutation']) });
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: each role gets what the policy allows; refused roles change nothing, allowed ones write one audit row', async (_name, c) => {
    const played = await runAuthorizationCase(api, ctx, actors, c);
    for (const role of MATRIX_ROLES) {
      const { outcome, expected } = played[role];
      // Refusals carry a message; a success carries none, so an unexpected error shows its text.
      expect({ role, ...outcome }).toEqual({ role, ...expected, ...(expected.code ? { message: expect.any(String) } : {}) });
    }
    // The table is not trivial: someone below platform admin is allowed, and someone signed in is refused.
    const allowed = MATRIX_ROLES.filter((role) => played[role].expected.code === null);
    expect(allowed).toContain('platformAdmin');
    expect(MATRIX_ROLES.some((role) => played[role].expected.code === 'FORBIDDEN')).toBe(true);
  });
});
