// The authorization matrix (issue requirement): every organizer mutation, run anonymously, as
// the series admin of the other series and as the rightful organizer, on real PostgreSQL and
// Redis. Cases come from every manage/testing/cases-*.ts file, so a new context only adds a file.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  createMatrixContext,
  EXPECTED_OUTCOMES,
  MATRIX_ROLES,
  runAuthorizationCase,
  type AuthorizationCase,
  type MatrixContext,
} from './testing/authorization-matrix.js';
import { createManageWorld, type ManageWorld } from './testing/manage-test-app.js';

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
  let world: ManageWorld;
  let ctx: MatrixContext;

  beforeAll(async () => {
    world = await createManageWorld();
    ctx = createMatrixContext(world.prisma);
  });

  afterAll(async () => {
    await world?.close();
  });

  it('covers at least one mutation', () => {
    expect(cases.length).toBeGreaterThan(0);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: refused viewers change nothing, the rightful organizer writes one audit row', async (_name, c) => {
    const outcomes = await runAuthorizationCase(world, ctx, c);
    for (const role of MATRIX_ROLES) {
      const expected = EXPECTED_OUTCOMES[role];
      // Refusals carry a message; a success carries none, so an unexpected error shows its text.
      expect({ role, ...outcomes[role] }).toEqual({ role, ...expected, ...(expected.code ? { message: expect.any(String) } : {}) });
    }
  });
});
