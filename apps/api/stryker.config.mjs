// Mutation testing of the api's authorization policy (src/auth/policy), by its unit specs only:
// `pnpm test:mutation` (see packages/config/stryker.preset.cjs). Int-specs stay out: they need
// PostgreSQL and Redis and would run for every mutant.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const { strykerConfig } = createRequire(import.meta.url)('@caravan/config/stryker.preset.cjs');

export default strykerConfig({
  packageDir: path.dirname(fileURLToPath(import.meta.url)),
  resolve: (specifier) => import.meta.resolve(specifier),
  mutate: ['src/auth/policy/*.ts', '!src/auth/policy/*.spec.ts'],
  jest: { testMatch: ['<rootDir>/src/auth/policy/*.spec.ts'] },
  // The checker would compile the whole api (NestJS, the Prisma client) for a few dozen mutants.
  typeCheck: false,
});
