// Loads Prisma's schema engine compiled to WebAssembly. The package's own entry imports the
// .wasm as an ES module, which Node cannot do, so we instantiate it by hand and hand it to the
// wasm-bindgen glue. The glue keeps the instance in a module-level variable: setting it twice
// corrupts the engine's memory, hence one load per process (per module registry under Jest).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as glue from '@prisma/schema-engine-wasm/schema_engine_bg';

export type SchemaEngineModule = typeof glue;
export type SchemaEngine = glue.SchemaEngine;

interface WasmBindgenExports {
  __wbindgen_start(): void;
}

// The slice of the WebAssembly global we use; our lib setting (ES2023, no DOM) does not declare it.
interface WebAssemblyApi {
  instantiate(bytes: Uint8Array, imports: Record<string, object>): Promise<{ instance: { exports: object } }>;
}
const { WebAssembly } = globalThis as unknown as { WebAssembly: WebAssemblyApi };

let loading: Promise<SchemaEngineModule> | undefined;

export function loadSchemaEngine(): Promise<SchemaEngineModule> {
  loading ??= instantiate().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function instantiate(): Promise<SchemaEngineModule> {
  const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const bytes = await readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, {
    './schema_engine_bg.js': withUnrefTimers(glue),
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports as unknown as WasmBindgenExports).__wbindgen_start();
  return glue;
}

type TimerFactory = (callback: () => void, delay: number) => NodeJS.Timeout;

/**
 * The engine arms housekeeping timers (idle connections) through wasm-bindgen's setTimeout
 * import; they must not keep a finished process (a CLI run, a test worker) alive for seconds,
 * so they are unref'd. Their names carry a build hash, hence the prefix match.
 */
function withUnrefTimers(module: SchemaEngineModule): Record<string, unknown> {
  const imports: Record<string, unknown> = { ...module };
  for (const [name, value] of Object.entries(module)) {
    if (name.startsWith('__wbg_setTimeout_') && typeof value === 'function') {
      const original = value as unknown as TimerFactory;
      imports[name] = (callback: () => void, delay: number) => original(callback, delay).unref();
    }
  }
  return imports;
}
