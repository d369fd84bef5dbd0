// The forum files of examples/forums as `caravan launch --dry-run` reads them: the demo file is
// valid, the invalid one is refused naming the file, line, path and field; YAML errors point too.
import { join } from 'node:path';
import { checkForumText, formatProblem, readForumFile } from './forum-file.js';
import { main } from './caravan.js';

const EXAMPLES = join(__dirname, '..', '..', '..', '..', 'examples', 'forums');
const DEMO = join(EXAMPLES, 'demo-china-mongolia.yaml');
const INVALID = join(EXAMPLES, 'invalid-demo-dates.yaml');

function captured(): { out: string[]; err: string[]; restore(): void } {
  const out: string[] = [];
  const err: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((line: unknown) => void out.push(String(line)));
  const error = jest.spyOn(console, 'error').mockImplementation((line: unknown) => void err.push(String(line)));
  return { out, err, restore: () => (log.mockRestore(), error.mockRestore()) };
}

describe('caravan launch --dry-run', () => {
  it('accepts the demo series file and writes nothing', async () => {
    const io = captured();
    let code: number;
    try {
      code = await main(['launch', DEMO, '--dry-run']);
    } finally {
      io.restore();
    }
    expect({ code, err: io.err }).toEqual({ code: 0, err: [] });
    expect(io.out.join('\n')).toContain('series demo-china-mongolia: China–Mongolia Neighbourhood Forum (demo)');
    expect(io.out.at(-1)).toBe(`${DEMO}: valid (dry run: nothing was written)`);
  });

  it('refuses the invalid file, naming file, line, path and field of each problem', async () => {
    const io = captured();
    try {
      expect(await main(['launch', INVALID, '--dry-run'])).toBe(1);
    } finally {
      io.restore();
    }
    expect(io.err).toEqual([
      `${INVALID}:20:13 edition.timeZone: "Caucasus/Nowhere" is not an IANA time zone (e.g. "Asia/Shanghai")`,
      `${INVALID}:19:12 edition.endDate: endDate 2027-05-10 is before startDate 2027-05-12`,
      `${INVALID}: refused (2 problems); nothing was written`,
    ]);
  });

  it('points at the parent of a missing field, at a YAML error, and at a missing file', async () => {
    const missing = checkForumText('f.yaml', 'series:\n  slug: x\n');
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.problems.map(formatProblem)).toContain('f.yaml:2:3 series.name: Invalid input: expected record, received undefined');
    const broken = checkForumText('b.yaml', 'series: [\n');
    expect(broken.ok ? [] : broken.problems.map((p) => [p.line, p.path])).toEqual([[2, 'input']]);
    const absent = await readForumFile(join(EXAMPLES, 'no-such.yaml'));
    expect(absent.ok ? '' : formatProblem(absent.problems[0]!)).toMatch(/no-such\.yaml input: no such file$/);
  });

  it('answers a wrong command with the usage', async () => {
    const io = captured();
    try {
      expect(await main(['lunch', DEMO])).toBe(2);
    } finally {
      io.restore();
    }
    expect(io.err[0]).toMatch(/^usage: caravan launch <forum\.yaml>/);
  });
});
