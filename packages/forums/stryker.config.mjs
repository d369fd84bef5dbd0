// Mutation testing of @caravan/forums: `pnpm test:mutation` (see packages/config/stryker.preset.cjs).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const { strykerConfig } = createRequire(import.meta.url)('@caravan/config/stryker.preset.cjs');

export default strykerConfig({
  packageDir: path.dirname(fileURLToPath(import.meta.url)),
  resolve: (specifier) => import.meta.resolve(specifier),
  mutate: ['src/**/*.ts', '!src/**/*.spec.ts'],
  // 913 of 2,771 mutants are static (zod schemas and tables built at load); each reloads all 490
  // specs, and a full run was estimated at 2.5 hours on two cores. See bench/results/mutation.md.
  ignoreStatic: true,
  // The checker took more CPU than the specs here; mutants that do not compile fail at run time.
  typeCheck: false,
});
