// `pnpm --filter @caravan/api schema:write`: regenerates the committed schema.gql.
import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { SCHEMA_FILE } from '../app.module.js';
import { buildSchemaSdl } from './schema-sdl.js';

async function main(): Promise<void> {
  await writeFile(SCHEMA_FILE, await buildSchemaSdl());
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`schema:write failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
