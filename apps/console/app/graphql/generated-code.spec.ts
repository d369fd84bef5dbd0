// The committed typed operations must be what codegen makes of app/graphql and the schema the sdk
// publishes (`pnpm codegen` at the root regenerates them).
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const consoleDir = resolve(__dirname, '../..');

describe('typed console operations', () => {
  it('are up to date with app/graphql and @caravan/sdk/schema.graphql (run `pnpm codegen` at the root if this fails)', () => {
    let output: string;
    let ok = true;
    try {
      output = execFileSync(join(consoleDir, 'node_modules/.bin/graphql-codegen'), ['-c', 'codegen.yml', '--check'], { cwd: consoleDir, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const failure = error as { stdout?: string; stderr?: string };
      output = `${failure.stdout ?? ''}${failure.stderr ?? ''}`;
      ok = false;
    }
    expect(output).not.toMatch(/Error|changes detected/i);
    expect(ok).toBe(true);
  });
});
