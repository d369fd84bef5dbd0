// The committed typed documents must match what codegen produces from the page queries and the
// schema the sdk publishes (`pnpm codegen` at the root regenerates them).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const portalDir = resolve(__dirname, '../..');
const codegenBin = join(portalDir, 'node_modules', '.bin', 'graphql-codegen');

function check(configPath: string): { ok: boolean; output: string } {
  try {
    const output = execFileSync(codegenBin, ['-c', configPath, '--check'], { cwd: portalDir, encoding: 'utf8', stdio: 'pipe' });
    return { ok: true, output };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

describe('typed page queries', () => {
  it('are up to date with app/graphql and @caravan/sdk/schema.graphql (run `pnpm codegen` at the root if this fails)', () => {
    const result = check(join(portalDir, 'codegen.yml'));
    expect(result.output).not.toMatch(/Error|changes detected/i);
    expect(result.ok).toBe(true);
  });

  it('report a stale copy (negative control)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'caravan-portal-codegen-'));
    try {
      const stale = join(dir, 'graphql.ts');
      copyFileSync(join(portalDir, 'app/generated/graphql.ts'), stale);
      writeFileSync(stale, readFileSync(stale, 'utf8').replace('EditionPage', 'EditionPageOld'));
      writeFileSync(join(dir, 'codegen.yml'), readFileSync(join(portalDir, 'codegen.yml'), 'utf8').replace('app/generated/graphql.ts', stale));
      expect(check(join(dir, 'codegen.yml')).ok).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
