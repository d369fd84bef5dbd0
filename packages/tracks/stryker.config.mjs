// Mutation testing of @caravan/tracks: `pnpm test:mutation` (see packages/config/stryker.preset.cjs).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const { strykerConfig } = createRequire(import.meta.url)('@caravan/config/stryker.preset.cjs');

export default strykerConfig({
  packageDir: path.dirname(fileURLToPath(import.meta.url)),
  resolve: (specifier) => import.meta.resolve(specifier),
  mutate: ['src/**/*.ts', '!src/**/*.spec.ts'],
});
