// Reuse from outside the workspace: the published packages are packed as npm would publish them,
// installed from the tarballs into a temporary project outside the workspace, and every subpath
// export is loaded from ESM and from CommonJS and type-checked in both module kinds.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const PUBLISHED = ['regions', 'tracks', 'forums', 'themes', 'sdk'];
/** Subpaths that hold only TypeScript types: they load, but export nothing at run time. */
const TYPE_ONLY = ['@caravan/sdk/schema-types'];

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  exports?: Record<string, unknown>;
}

function manifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
}

function workspacePackages(): { dir: string; manifest: Manifest }[] {
  return ['apps', 'packages'].flatMap((group) =>
    readdirSync(join(root, group))
      .map((name) => join(root, group, name))
      .filter((dir) => existsSync(join(dir, 'package.json')))
      .map((dir) => ({ dir, manifest: manifest(dir) })),
  );
}

/** The JavaScript subpaths of a package ("@caravan/forums/editions"), without package.json or data files. */
function moduleSpecifiers(pkg: Manifest): string[] {
  return Object.keys(pkg.exports ?? {})
    .filter((key) => key !== './package.json' && !/\.(graphql|json)$/.test(key))
    .map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));
}

function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe', env: { ...process.env, npm_config_yes: 'true' } });
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${failure.stdout ?? ''}${failure.stderr ?? failure.message}`, { cause: error });
  }
}

describe('published packages', () => {
  const packages = workspacePackages();
  const published = packages.filter((p) => !p.manifest.private);

  it('are exactly regions, tracks, forums, themes and sdk, each with explicit subpath exports', () => {
    expect(published.map((p) => p.manifest.name).sort()).toEqual(PUBLISHED.map((name) => `@caravan/${name}`).sort());
    for (const { manifest: pkg } of published) {
      const keys = Object.keys(pkg.exports ?? {});
      expect({ name: pkg.name, catchAll: keys.filter((key) => key.includes('*')) }).toEqual({ name: pkg.name, catchAll: [] });
      expect(keys).toContain('.');
    }
  });

  it('agree with the changesets config: every private package ignored, no published one', () => {
    const config = JSON.parse(readFileSync(join(root, '.changeset/config.json'), 'utf8')) as { ignore: string[] };
    const privateNames = packages.filter((p) => p.manifest.private).map((p) => p.manifest.name);
    expect([...config.ignore].sort()).toEqual(privateNames.sort());
  });

  describe('installed from their tarballs outside the workspace', () => {
    let work: string;
    let consumer: string;

    beforeAll(() => {
      work = mkdtempSync(join(tmpdir(), 'caravan-packs-'));
      consumer = join(work, 'consumer');
      for (const { dir } of published) run('pnpm', ['pack', '--pack-destination', work], dir);
      const tarballs = readdirSync(work).filter((file) => file.endsWith('.tgz'));
      expect(tarballs).toHaveLength(PUBLISHED.length);
      mkdirSync(consumer);
      writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'caravan-consumer', version: '1.0.0', private: true }));
      // --prefer-offline: the third-party dependencies come from npm's cache when it has them.
      run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...tarballs.map((t) => join(work, t)), '@types/node@20.19.25'], consumer);
    });

    afterAll(() => {
      if (work) rmSync(work, { recursive: true, force: true });
    });

    it('are not resolved through the workspace', () => {
      expect(consumer.startsWith(root)).toBe(false);
      const installed = JSON.parse(readFileSync(join(consumer, 'node_modules/@caravan/regions/package.json'), 'utf8')) as Manifest;
      expect(installed.version).toBe(manifest(join(root, 'packages/regions')).version);
    });

    it('load every subpath from ESM and from CommonJS', () => {
      const specifiers = published.flatMap((p) => moduleSpecifiers(p.manifest));
      const expectExports = (s: string, value: string) =>
        TYPE_ONLY.includes(s) ? '' : ` if (Object.keys(${value}).length === 0) throw new Error('${s} exports nothing');`;
      const esm = specifiers.map((s, i) => `import * as m${i} from '${s}';${expectExports(s, `m${i}`)}`);
      writeFileSync(join(consumer, 'load.mjs'), `${esm.join('\n')}\nconsole.log('esm ok');\n`);
      const cjs = specifiers.map((s, i) => `const c${i} = require('${s}');${expectExports(s, `c${i}`)}`);
      writeFileSync(join(consumer, 'load.cjs'), `${cjs.join('\n')}\nconsole.log('cjs ok');\n`);
      expect(run(process.execPath, ['load.mjs'], consumer)).toContain('esm ok');
      expect(run(process.execPath, ['load.cjs'], consumer)).toContain('cjs ok');
    });

    it('run: negotiation, the catalogue, the forum rules and the sdk client work from CommonJS', () => {
      writeFileSync(
        join(consumer, 'use.cjs'),
        `const { negotiateLanguage } = require('@caravan/regions/language-negotiation');
const { getCountry } = require('@caravan/regions/countries');
const { nextEditionStatuses } = require('@caravan/forums/editions');
const { createCaravanClient } = require('@caravan/sdk');
console.log(JSON.stringify({
  lang: negotiateLanguage('kk-KZ,ru;q=0.8', ['en', 'ru', 'kk']),
  kz: getCountry('KZ').name.kk,
  next: nextEditionStatuses('PLANNED'),
  queries: typeof createCaravanClient().query.edition,
}));
`,
      );
      expect(JSON.parse(run(process.execPath, ['use.cjs'], consumer))).toEqual({
        lang: 'kk',
        kz: 'Қазақстан',
        next: expect.arrayContaining(['REGISTRATION_OPEN']),
        queries: 'function',
      });
    });

    it('type-check from an ES module and from a CommonJS module', () => {
      const specifiers = published.flatMap((p) => moduleSpecifiers(p.manifest));
      const imports = specifiers.map((s, i) => `import * as m${i} from '${s}';\nvoid m${i};`).join('\n');
      writeFileSync(
        join(consumer, 'consumer.mts'),
        `${imports}
import { createCaravanClient } from '@caravan/sdk';
import type { Edition } from '@caravan/sdk/schema-types';
const edition = await createCaravanClient().query.edition({ series: 'china-central-asia', number: 11 });
const number: Pick<Edition, 'number'>['number'] | undefined = edition?.number;
export { number };
`,
      );
      writeFileSync(
        join(consumer, 'consumer.cts'),
        `${imports}
import { getCountry, type CountryCode } from '@caravan/regions/countries';
import { ZEditionInput } from '@caravan/forums/schemas';
const code: CountryCode = 'KZ';
const kazakh: string | undefined = getCountry(code).name['kk'];
export const checked = ZEditionInput.safeParse({}).success || kazakh;
`,
      );
      writeFileSync(
        join(consumer, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: { module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: ['node'] },
          files: ['consumer.mts', 'consumer.cts'],
        }),
      );
      run(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], consumer);
      // Negative control: a subpath that is not exported must not resolve.
      writeFileSync(join(consumer, 'bad.mts'), `import { getCountry } from '@caravan/regions/dist/countries.js';\nvoid getCountry;\n`);
      writeFileSync(join(consumer, 'tsconfig.bad.json'), JSON.stringify({ extends: './tsconfig.json', files: ['bad.mts'] }));
      expect(() => run(join(root, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.bad.json'], consumer)).toThrow(/Cannot find module '@caravan\/regions\/dist\/countries\.js'/);
    });
  });
});
