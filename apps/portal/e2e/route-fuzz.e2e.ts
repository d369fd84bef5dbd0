// Property-based fuzzing of the portal's addresses over HTTP, against the real api and the built
// portal: generated paths (real slugs and edition numbers, malformed ones, other scripts, huge
// numbers, traversal attempts) and query strings. Whatever the address, the portal answers a page
// or a redirect, 4xx for what does not exist, never a server error and never its internals.
// FUZZ_SEED replays a run.
import fc from 'fast-check';
import { createTestDatabase, type TestDatabase } from '@caravan/db/testing';
import { seedDemo } from '@caravan/db/seed/index';
import { assertBuilt, startApi, startPortal, type RunningProcess } from './stack';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20_261_129);
const RUNS = Number(process.env['FUZZ_PORTAL_REQUESTS'] ?? 400);

let database: TestDatabase | undefined;
const processes: RunningProcess[] = [];
let portalUrl = '';

/** What no answer may show: a stack frame, a source path, or a proxy's bad-gateway page. */
const INTERNALS = [/\bat [\w$.<>]+ \([^)]*:\d+:\d+\)/, /\/(?:node_modules|src|build)\/[\w./-]+\.(?:js|ts|mjs)\b/, /ECONNREFUSED|Unexpected Server Error/];

const segment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('china-central-asia', 'china-caucasus', '11', '1', '12') },
  { weight: 2, arbitrary: fc.constantFrom('register', 'done', 'link', 'application', 'delegation', 'a'.repeat(40), '?category=business', '?reference=CCA12-X&status=SUBMITTED') },
  {
    weight: 3,
    arbitrary: fc.constantFrom('programme', 'sessions', 'opening-plenary', 'calendar.ics', 'speakers', 'edil-baisalov', 'shen-yueyue', 'delegations', 'statements', '?day=2024-10-26', '?kind=PLENARY&room=main-hall', '?language=ru&track=x'),
  },
  { weight: 2, arbitrary: fc.constantFrom('Bad_Slug', '011', '1e1', '0x0B', '-1', '0', '99999999999999', '9'.repeat(400), '..', '%2e%2e', '%00', 'favicon.svg', 'robots.txt') },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).map(encodeURIComponent) },
  { weight: 1, arbitrary: fc.constantFrom('ქართული', 'Հայերեն', '中文', 'Қазақ').map(encodeURIComponent) },
);
const query = fc.oneof(
  { weight: 4, arbitrary: fc.constant('') },
  { weight: 3, arbitrary: fc.constantFrom('?lang=ru', '?lang=zh-Hans', '?lang=kk', '?lang=ka', '?lang=x-klingon', '?lang=', '?lang=en&lang=ru') },
  { weight: 2, arbitrary: fc.constantFrom('?day=2024-10-26', '?day=2024-13-45', '?kind=BREAK', '?kind=break', '?room=main-hall&kind=PLENARY', '?track=%3Cscript%3E', '?language=zh-Hans', '?day=&track=') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 40 }).map((text) => `?${encodeURIComponent(text)}=${encodeURIComponent(text)}`) },
);
const address = fc.tuple(fc.array(segment, { minLength: 0, maxLength: 4 }), query).map(([parts, q]) => `/${parts.join('/')}${q}`);

beforeAll(async () => {
  assertBuilt();
  database = await createTestDatabase();
  await seedDemo(database.db.prisma);
  portalUrl = await startPortal(await startApi(database.url, processes), processes);
});

afterAll(async () => {
  await Promise.all(processes.map((proc) => proc.stop()));
  await database?.drop();
});

describe('fuzzing the portal addresses', () => {
  it(`answers ${RUNS} generated addresses without a server error or a leak (seed ${SEED})`, async () => {
    console.log(`portal fuzz: FUZZ_SEED=${SEED} FUZZ_PORTAL_REQUESTS=${RUNS}`);
    const findings: { path: string; status: number; problem: string }[] = [];
    const statuses: Record<number, number> = {};
    await fc.assert(
      fc.asyncProperty(address, async (path) => {
        const response = await fetch(`${portalUrl}${path}`, { redirect: 'manual' });
        const body = await response.text();
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        if (response.status >= 500) findings.push({ path, status: response.status, problem: `HTTP ${response.status}` });
        for (const pattern of INTERNALS) {
          const found = pattern.exec(body);
          if (found) findings.push({ path, status: response.status, problem: found[0].slice(0, 120) });
        }
        return true;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    console.log('portal fuzz: answers by status', statuses);
    // The run reached real pages, not only refusals.
    expect(statuses[200] ?? 0).toBeGreaterThan(RUNS / 10);
    expect(findings.slice(0, 20)).toEqual([]);
  });
});
