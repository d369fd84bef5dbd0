// Property-based fuzzing of the export URLs (/export/:series/:edition/:file), anonymously and with
// each demo account's token: whatever the address, the query and the headers, the answer is never a
// server error and never shows internals. FUZZ_SEED replays a run.
import fc from 'fast-check';
import { randomAddress, startTestApi, type DemoAccount, type TestApi } from '../testing/test-api.js';
import { answerProblems } from './answer-checks.js';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20_261_129);
const RUNS = Number(process.env['FUZZ_EXPORT_OPERATIONS'] ?? 1_500);
const FILES = ['programme.ics', 'schedule.json', 'schedule.xml', 'agreements.csv', 'programme.pdf'] as const;

/** Text that can stand in a URL at all (a lone surrogate cannot be percent-encoded). */
const encodable = (text: string): boolean => {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
};

const segment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('china-central-asia', 'china-caucasus', '11', '12', '1', '011', '1e1', '0x0B', '-1', '99999999999999999999', 'Bad_Slug') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }).filter(encodable) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 20_000 }).map((length) => 'x'.repeat(length)) },
);
/** A query parameter: mostly absent or sensible, sometimes anything. */
const queryValue = (sensible: readonly string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(null) },
    { weight: 3, arbitrary: fc.constantFrom(...sensible) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }).filter(encodable) },
  );

const request = fc.record({
  series: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('china-central-asia', 'china-caucasus') }, { weight: 2, arbitrary: segment }),
  edition: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('11', '12', '1') }, { weight: 2, arbitrary: segment }),
  file: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FILES) }, { weight: 1, arbitrary: segment }),
  lang: queryValue(['en', 'zh-Hans', 'ru', 'ka', 'kk']),
  track: queryValue(['green', 'space', 'trade']),
  ifNoneMatch: fc.option(fc.oneof(fc.constant('*'), fc.string({ unit: 'grapheme-ascii', maxLength: 80 }))),
  caller: fc.constantFrom<DemoAccount | null>(null, 'ccaOrganizer', 'caucasusOrganizer', 'platformAdmin'),
});

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
});

afterAll(async () => {
  await api?.close();
});

describe('fuzzing the export URLs', () => {
  // 1,500 requests, each rendering an export: minutes on a busy two-core machine, not seconds.
  jest.setTimeout(600_000);

  it(`answers ${RUNS} generated requests without a fault or a leak (seed ${SEED})`, async () => {
    console.log(`export fuzz: FUZZ_SEED=${SEED} FUZZ_EXPORT_OPERATIONS=${RUNS}`);
    const findings: { url: string; problems: string[] }[] = [];
    let sent = 0;
    const statuses: Record<number, number> = {};
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        sent += 1;
        const query = new URLSearchParams();
        if (r.lang !== null) query.set('lang', r.lang);
        if (r.track !== null) query.set('track', r.track);
        const url = `/export/${encodeURIComponent(r.series)}/${encodeURIComponent(r.edition)}/${encodeURIComponent(r.file)}${query.size ? `?${query.toString()}` : ''}`;
        const token = r.caller ? await api.token(r.caller) : null;
        const res = await api.app.inject({
          method: 'GET',
          url,
          headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(r.ifNoneMatch !== null ? { 'if-none-match': r.ifNoneMatch } : {}) },
          remoteAddress: randomAddress(),
        });
        statuses[res.statusCode] = (statuses[res.statusCode] ?? 0) + 1;
        const problems = answerProblems(decodeURIComponent(url) + url, { statusCode: res.statusCode, body: res.body });
        if (problems.length > 0) findings.push({ url: url.slice(0, 300), problems });
        return true;
      }),
      { seed: SEED, numRuns: RUNS },
    );
    console.log('export fuzz: answers by status', statuses);
    expect(sent).toBe(RUNS);
    // The run reached the renderers, not only the router's refusals.
    expect((statuses[200] ?? 0) + (statuses[304] ?? 0)).toBeGreaterThan(RUNS / 50);
    expect(findings.slice(0, 20)).toEqual([]);
  });
});
