// `pnpm --filter @caravan/api new:module <Entity> <plural-slug>`: writes the scaffold of
// scaffold-module.ts under apps/api/src (never over an existing file) and prints the steps left.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { remainingSteps, scaffoldModule } from './scaffold-module.js';

function main(args: string[]): void {
  const [entity, plural] = args;
  if (!entity || !plural) throw new Error('usage: new:module <Entity> <plural-slug>, e.g. new:module Badge badges');
  const root = join(__dirname, '..', '..', 'src');
  const files = scaffoldModule({ entity, plural });
  const existing = [...files.keys()].filter((path) => existsSync(join(root, path)));
  if (existing.length > 0) throw new Error(`these files exist already, nothing was written: ${existing.join(', ')}`);
  for (const [path, content] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
    process.stdout.write(`wrote src/${path}\n`);
  }
  process.stdout.write(`\nLeft by hand (docs/guides/adding-a-feature.md):\n${remainingSteps({ entity, plural }).map((step) => `- ${step}`).join('\n')}\n`);
}

try {
  main(process.argv.slice(2).filter((arg) => arg !== '--'));
} catch (error) {
  process.stderr.write(`new:module: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
