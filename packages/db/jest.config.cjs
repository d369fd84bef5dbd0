// Jest for @caravan/db. PGlite's CommonJS build declares its own `require` inside a function;
// swc's rewrite of its `import('module')` would call that shadowed (undefined) name, so PGlite
// is left untransformed and its dynamic imports run natively, which Jest only allows with
// --experimental-vm-modules (set in the package's test script).
const preset = require('../../packages/config/jest.preset.cjs');

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  transformIgnorePatterns: ['/node_modules/\\.pnpm/@electric-sql\\+pglite@'],
  testTimeout: 60_000,
};
