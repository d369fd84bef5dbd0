// A throwaway data directory for the embedded server. Mode 0755 because, when tests run as
// root, PostgreSQL runs as the postgres user and must be able to enter it.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TempDataDir {
  path: string;
  remove(): void;
}

export function createTempDataDir(prefix = 'caravan-data-'): TempDataDir {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return { path: dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
