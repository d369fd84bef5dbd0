// What `pnpm build` compiles into dist/: the api and nothing of its tests (specs, harness,
// fixtures, authorization-matrix cases, vendored schemas), so none of it ships.
import { join } from 'node:path';
import ts from 'typescript';

function filesOf(config: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(join(__dirname, '..', config), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(String(d.messageText)); } });
  if (!parsed) throw new Error(`cannot read ${config}`);
  return parsed.fileNames.map((file) => file.slice(file.indexOf('/src/') + 1));
}

const TEST_SUPPORT = /(\.spec\.ts|\.int-spec\.ts|\.testing\.ts)$|\/testing\//;

describe('tsconfig.build.json', () => {
  it('compiles no test support into dist', () => {
    expect(filesOf('tsconfig.build.json').filter((file) => TEST_SUPPORT.test(file))).toEqual([]);
  });

  it('still compiles the app (negative control: the full tsconfig does include test support)', () => {
    const built = filesOf('tsconfig.build.json');
    expect(built).toEqual(expect.arrayContaining(['src/main.ts', 'src/app.module.ts', 'src/schema/write-schema.ts']));
    expect(filesOf('tsconfig.json').filter((file) => TEST_SUPPORT.test(file))).toEqual(expect.arrayContaining(['src/testing/test-api.ts', 'src/build-config.spec.ts']));
  });
});
