// Property-based fuzzing of the whole GraphQL schema, on the real PostgreSQL with the demo data:
// operations generated from the schema (see operation-arbitrary.ts) sent as a visitor, as an
// organizer of another series aiming at this series' records, as the series' own organizer and as
// the platform admin. Whatever is sent:
//   - no answer is a server error or carries a stack trace, a source path, SQL or driver text;
//   - a refused call changes nothing (nothing half-written), and a visitor changes nothing at all;
//   - an organizer of another series changes nothing of this one.
// FUZZ_SEED replays a run; FUZZ_OPERATIONS sets its size (10,000 by default).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { PUBLIC_MUTATIONS, SELF_SERVICE_MUTATIONS } from '../manage/testing/authorization-matrix.js';
import { randomAddress, startTestApi, type DemoAccount, type TestApi } from '../testing/test-api.js';
import { answerProblems } from './answer-checks.js';
import { installWriteLog, takeWrites } from './write-log.js';
import type { KnownValues } from './hostile-values.js';
import { operationArbitrary, type FuzzOperation } from './operation-arbitrary.js';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20_261_129);
const OPERATIONS = Number(process.env['FUZZ_OPERATIONS'] ?? 10_000);
const TARGET_SERIES = 'china-central-asia';
const IN_EDITION = `"editionId" IN (SELECT id FROM "Edition" WHERE "seriesId" = $1)`;

interface Phase {
  name: string;
  caller: DemoAccount | null;
  share: number;
  /**
   * May a successful mutation of this caller change data of the target series? Public mutations
   * (a registration, a reset link) and those an account runs on itself may write for anyone: the
   * spec each names in the authorization matrix holds them to their own rule.
   */
  mayWrite: boolean;
}

const PHASES: readonly Phase[] = [
  { name: 'visitor', caller: null, share: 0.3, mayWrite: false },
  { name: 'organizer of another series', caller: 'caucasusOrganizer', share: 0.2, mayWrite: false },
  { name: 'organizer of the series', caller: 'ccaOrganizer', share: 0.25, mayWrite: true },
  { name: 'platform admin', caller: 'platformAdmin', share: 0.25, mayWrite: true },
];

interface Finding {
  phase: string;
  index: number;
  field: string;
  problems: string[];
  query: string;
}

let api: TestApi;

/** Records of the target series by entity, for the calls to aim at (see operation-arbitrary's poolFor). */
const ENTITIES: readonly { key: string; table: string; where: string; slug: boolean }[] = [
  { key: 'edition', table: 'Edition', where: `"seriesId" = $1`, slug: false },
  { key: 'session', table: 'Session', where: IN_EDITION, slug: true },
  { key: 'agreement', table: 'Agreement', where: IN_EDITION, slug: true },
  { key: 'organization', table: 'Organization', where: `"seriesId" = $1`, slug: true },
  { key: 'person', table: 'Person', where: `"seriesId" = $1`, slug: true },
  { key: 'speaker', table: 'Person', where: `"seriesId" = $1`, slug: true },
  { key: 'delegation', table: 'Delegation', where: IN_EDITION, slug: false },
  { key: 'statement', table: 'Statement', where: IN_EDITION, slug: false },
  { key: 'venue', table: 'Venue', where: IN_EDITION, slug: true },
  { key: 'room', table: 'Room', where: `"venueId" IN (SELECT id FROM "Venue" WHERE ${IN_EDITION})`, slug: true },
  { key: 'track', table: 'Track', where: IN_EDITION, slug: true },
  { key: 'indicator', table: 'Indicator', where: `"seriesId" = $1`, slug: true },
  { key: 'role', table: 'RoleGrant', where: `"seriesId" = $1`, slug: false },
];

async function knownValues(): Promise<KnownValues> {
  const series = await api.prisma.series.findUniqueOrThrow({ where: { slug: TARGET_SERIES }, select: { id: true } });
  const entities: Record<string, { ids: string[]; slugs: string[] }> = {};
  for (const { key, table, where, slug } of ENTITIES) {
    const rows = await api.prisma.$queryRawUnsafe<{ id: string; slug: string | null }[]>(
      `SELECT id, ${slug ? 'slug' : 'NULL AS slug'} FROM "${table}" WHERE ${where} ORDER BY id LIMIT 12`,
      series.id,
    );
    entities[key] = { ids: rows.map((row) => row.id), slugs: rows.flatMap((row) => (row.slug ? [row.slug] : [])) };
  }
  const numbers = (await api.prisma.edition.findMany({ where: { seriesId: series.id }, select: { number: true } })).map((e) => e.number);
  const emails = (await api.prisma.user.findMany({ select: { email: true } })).map((u) => u.email);
  const ids = [series.id, ...Object.values(entities).flatMap((pool) => pool.ids)];
  return { ids, slugs: [TARGET_SERIES], editionNumbers: numbers, emails, entities };
}

beforeAll(async () => {
  // The mutation rate limits would refuse most of the run's writes; the fuzzer wants them to reach the writers.
  api = await startTestApi({ env: { MUTATION_LIMIT_PER_ACCOUNT: '1000000', MUTATION_LIMIT_PER_ADDRESS: '1000000' } });
  await installWriteLog(api.prisma);
});

afterAll(async () => {
  await api?.close();
});

describe('fuzzing the GraphQL schema', () => {
  jest.setTimeout(1_200_000);
  it(`answers ${OPERATIONS} generated operations without a fault, a leak or a forbidden change (seed ${SEED})`, async () => {
    console.log(`GraphQL fuzz: FUZZ_SEED=${SEED} FUZZ_OPERATIONS=${OPERATIONS}`);
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const known = await knownValues();
    const findings: Finding[] = [];
    const stalls: { phase: string; index: number; field: string; ms: number }[] = [];
    const counts: Record<string, number> = {};
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    // Every account signs in before the visitor phase guesses at their passwords (and trips the limiter).
    const tokens = new Map(await Promise.all(PHASES.map(async (phase) => [phase.name, phase.caller ? await api.token(phase.caller) : null] as const)));
    let index = 0;
    for (const phase of PHASES) {
      const token = tokens.get(phase.name) ?? null;
      const arbitrary = operationArbitrary(schema, known).filter((op) => op.field !== 'signOut' || phase.caller === null);
      const runs = Math.round(OPERATIONS * phase.share);
      const send = async (op: FuzzOperation): Promise<boolean> => {
        index += 1;
        const payload = JSON.stringify({ query: op.query, variables: op.variables });
        // What background work wrote before this call is not the call's doing.
        if (op.kind !== 'query') await takeWrites(api.prisma);
        loop.reset();
        const res = await api.app.inject({
          method: 'POST',
          url: '/graphql',
          payload,
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          remoteAddress: randomAddress(),
        });
        const stall = loop.max / 1e6;
        if (stall > 200) stalls.push({ phase: phase.name, index, field: op.field, ms: Math.round(stall) });
        const problems = answerProblems(payload, { statusCode: res.statusCode, body: res.body });
        let succeeded = false;
        try {
          const body = res.json<{ data?: Record<string, unknown> | null; errors?: unknown[] }>();
          // With several aliases, one root field may succeed while the others are refused.
          succeeded = Object.values(body.data ?? {}).some((value) => value !== null);
        } catch {
          problems.push('an answer that is not JSON');
        }
        counts[`${phase.name}: ${succeeded ? 'answered' : 'refused'}`] = (counts[`${phase.name}: ${succeeded ? 'answered' : 'refused'}`] ?? 0) + 1;
        if (op.kind !== 'query') {
          const changed = await takeWrites(api.prisma);
          // With several aliases a refusal of one nulls the whole answer, so it cannot tell what was refused.
          const aliased = /\ba1: /.test(op.query);
          const openToAll = op.field in PUBLIC_MUTATIONS || op.field in SELF_SERVICE_MUTATIONS;
          if (changed.length > 0 && !phase.mayWrite && !openToAll) problems.push(`${phase.name} changed ${changed.join(', ')}`);
          else if (changed.length > 0 && !succeeded && !aliased) problems.push(`a refused call changed ${changed.join(', ')}`);
        }
        if (problems.length > 0) findings.push({ phase: phase.name, index, field: op.field, problems, query: payload.slice(0, 600) });
        return true;
      };
      await fc.assert(fc.asyncProperty(arbitrary, send), { seed: SEED + index, numRuns: runs });
    }
    loop.disable();
    const report = { seed: SEED, operations: index, counts, findings: findings.length, stalls, eventLoopMaxMs: Math.round(loop.max / 1e6) };
    const out = path.resolve(__dirname, '../../../../test-results/fuzz');
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'graphql.json'), JSON.stringify({ ...report, firstFindings: findings.slice(0, 50) }, null, 2));
    console.log(`GraphQL fuzz: ${index} operations, ${findings.length} findings, ${stalls.length} event-loop stalls over 200 ms`, counts);
    expect(index).toBe(PHASES.reduce((sum, phase) => sum + Math.round(OPERATIONS * phase.share), 0));
    expect(findings.slice(0, 20)).toEqual([]);
  });
});
