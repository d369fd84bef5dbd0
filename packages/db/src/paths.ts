// Where this package and the repository live on disk, found from this file's own location so
// that the answer is the same from src (jest), dist (node) and any working directory.
import { existsSync } from 'node:fs';
import path from 'node:path';

function findUp(start: string, marker: string): string | undefined {
  let dir = start;
  for (;;) {
    if (existsSync(path.join(dir, marker))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The @caravan/db package folder (holds prisma/schema.prisma and prisma/migrations). */
export function packageRoot(): string {
  const root = findUp(__dirname, path.join('prisma', 'schema.prisma'));
  if (!root) throw new Error(`DB_PACKAGE_NOT_FOUND: no prisma/schema.prisma above ${__dirname}`);
  return root;
}

/** The monorepo root (holds pnpm-workspace.yaml); falls back to the package's parent's parent. */
export function repoRoot(): string {
  return findUp(packageRoot(), 'pnpm-workspace.yaml') ?? path.resolve(packageRoot(), '..', '..');
}

export const schemaPath = (): string => path.join(packageRoot(), 'prisma', 'schema.prisma');
export const migrationsDir = (): string => path.join(packageRoot(), 'prisma', 'migrations');

/** Default home of the embedded database: `<repo>/.data/pglite` (git-ignored). */
export const defaultPgliteDir = (): string => path.join(repoRoot(), '.data', 'pglite');
