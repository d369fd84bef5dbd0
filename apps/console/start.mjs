#!/usr/bin/env node
// Serves the built console with remix-serve on PORT, 3001 unless set. The server build parses
// the rest of the configuration when it loads and stops with a message naming a bad variable.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
process.env.PORT ||= '3001';
process.env.NODE_ENV ||= 'production';
const cli = createRequire(import.meta.url).resolve('@remix-run/serve/dist/cli.js');
process.argv = [process.argv[0] ?? 'node', cli, path.join(here, 'build/server/index.js')];
await import(cli);
