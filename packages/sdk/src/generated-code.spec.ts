// The committed generated code must match what codegen produces from the api's current schema.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const packageDir = resolve(__dirname, '..');
const codegenBin = join(packageDir, 'node_modules', '.bin', 'graphql-codegen');

function runCheck(configPath: string): { ok: boolean; output: string } {
  try {
    const output = execFileSync(codegenBin, ['-c', configPath, '--check'], { cwd: packageDir, encoding: 'utf8', stdio: 'pipe' });
    return { ok: true, output };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

describe('generated client code', () => {
  it('is up to date with apps/api/schema.gql (run `pnpm --filter @caravan/sdk codegen` if this fails)', () => {
    const result = runCheck(join(packageDir, 'codegen.yml'));
    expect(result.output).not.toMatch(/Error|changes detected/i);
    expect(result.ok).toBe(true);
  });

  it('reports a stale copy (negative control)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'caravan-sdk-codegen-'));
    try {
      const stale = join(dir, 'graphql.ts');
      copyFileSync(join(packageDir, 'src/generated/graphql.ts'), stale);
      writeFileSync(stale, readFileSync(stale, 'utf8').replace('EditionPage', 'EditionPageOld'));
      const config = readFileSync(join(packageDir, 'codegen.yml'), 'utf8')
        .replace('src/generated/schema-types.ts', join(dir, 'schema-types.ts'))
        .replace('src/generated/graphql.ts', stale);
      writeFileSync(join(dir, 'codegen.yml'), config);
      copyFileSync(join(packageDir, 'src/generated/schema-types.ts'), join(dir, 'schema-types.ts'));
      expect(runCheck(join(dir, 'codegen.yml')).ok).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
