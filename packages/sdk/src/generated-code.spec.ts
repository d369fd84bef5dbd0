// What the sdk derives from the api's schema must match what its generators produce from the
// api's current schema: the schema copy, one operation per root field with the fragments they
// share, the types and documents. `pnpm codegen` at the root regenerates all of it.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Kind, parse, print, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

const packageDir = resolve(__dirname, '..');
const bin = (name: string) => join(packageDir, 'node_modules', '.bin', name);
const REGENERATE = 'run `pnpm codegen` at the root';

function run(command: string, args: string[]): { ok: boolean; output: string } {
  try {
    const output = execFileSync(command, args, { cwd: packageDir, encoding: 'utf8', stdio: 'pipe' });
    return { ok: true, output };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

function filesUnder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.graphql')) continue;
    const path = join(entry.parentPath, entry.name);
    out[relative(dir, path)] = readFileSync(path, 'utf8');
  }
  return out;
}

/** The document with every fragment spread replaced by the fragment's selections, fields in name order. */
function inlined(document: DocumentNode, fragments: DocumentNode): string {
  const byName = new Map(
    fragments.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d.selectionSet]),
  );
  const expand = (set: SelectionSetNode): SelectionSetNode['selections'] =>
    set.selections.flatMap((selection) => {
      if (selection.kind !== Kind.FRAGMENT_SPREAD) return [selection];
      const fragment = byName.get(selection.name.value);
      if (!fragment) throw new Error(`fragment ${selection.name.value} is not defined`);
      return expand(fragment);
    });
  type Selection = SelectionSetNode['selections'][number];
  const key = (selection: Selection) => (selection.kind === Kind.FIELD ? selection.name.value : '');
  const normalize = (set: SelectionSetNode): SelectionSetNode => ({
    ...set,
    selections: expand(set)
      .map((s) => (s.kind === Kind.FIELD && s.selectionSet ? { ...s, selectionSet: normalize(s.selectionSet) } : s))
      .sort((a, b) => key(a).localeCompare(key(b))),
  });
  return print({
    ...document,
    definitions: document.definitions.map((d) => (d.kind === Kind.OPERATION_DEFINITION ? { ...d, selectionSet: normalize(d.selectionSet) } : d)),
  });
}

describe('code generated from the api schema', () => {
  it(`copies apps/api/schema.gql unchanged (${REGENERATE} if this fails)`, () => {
    const api = readFileSync(resolve(packageDir, '../../apps/api/schema.gql'), 'utf8');
    expect(readFileSync(join(packageDir, 'schema.graphql'), 'utf8') === api).toBe(true);
  });

  it(`has exactly the operations and fragments codegen/write-operations.cjs writes for the schema (${REGENERATE} if this fails)`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'caravan-sdk-operations-'));
    try {
      const result = run(process.execPath, ['codegen/write-operations.cjs', 'schema.graphql', dir]);
      expect(result.output).toBe('');
      expect(filesUnder(join(packageDir, 'src/operations'))).toEqual(filesUnder(dir));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('selects in each operation, its fragments inlined, what gql-generator writes at depth 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'caravan-sdk-gqlg-'));
    try {
      const result = run(bin('gqlg'), ['--schemaFilePath', 'schema.graphql', '--destDirPath', dir, '--depthLimit', '2', '--ext', 'graphql']);
      expect(result.ok).toBe(true);
      const ours = filesUnder(join(packageDir, 'src/operations'));
      const fragments = parse(ours['fragments.graphql'] ?? '');
      const depthTwo = Object.entries(filesUnder(dir));
      expect(depthTwo.length).toBeGreaterThan(60);
      const selects = (texts: [string, string][]) => texts.map(([path, text]) => ({ path, selection: inlined(parse(text), fragments) }));
      expect(selects(depthTwo.map(([path]) => [path, ours[path] ?? '']))).toEqual(selects(depthTwo));
      // Negative control: a fragment missing a field no longer selects what gql-generator writes.
      const trimmed = parse(print(fragments).replace(/(fragment EditionFields on Edition \{\n\s+)attendance\n\s+/, '$1'));
      expect(inlined(parse(ours['queries/edition.graphql'] ?? ''), trimmed)).not.toEqual(inlined(parse(filesUnder(dir)['queries/edition.graphql'] ?? ''), fragments));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it(`keeps src/generated up to date with the schema and operations (${REGENERATE} if this fails)`, () => {
    const result = run(bin('graphql-codegen'), ['-c', 'codegen.yml', '--check']);
    expect(result.output).not.toMatch(/Error|changes detected/i);
    expect(result.ok).toBe(true);
  });

  it('reports a stale copy (negative control)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'caravan-sdk-codegen-'));
    try {
      const stale = join(dir, 'operations.ts');
      copyFileSync(join(packageDir, 'src/generated/operations.ts'), stale);
      writeFileSync(stale, readFileSync(stale, 'utf8').replace('EditionQuery', 'EditionQueryOld'));
      const config = readFileSync(join(packageDir, 'codegen.yml'), 'utf8')
        .replace('src/generated/schema-types.ts', join(dir, 'schema-types.ts'))
        .replace('src/generated/operations.ts', stale)
        .replace('./codegen/operation-map.cjs', join(packageDir, 'codegen/operation-map.cjs'));
      writeFileSync(join(dir, 'codegen.yml'), config);
      copyFileSync(join(packageDir, 'src/generated/schema-types.ts'), join(dir, 'schema-types.ts'));
      expect(run(bin('graphql-codegen'), ['-c', join(dir, 'codegen.yml'), '--check']).ok).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
