// The portal's benchmarks: run through Jest so that they start the same stack as the browser tests
// (a fresh seeded database, the built api and portal). They record figures and assert nothing timed.
const e2e = require('../jest.e2e.config.cjs');

/** @type {import('jest').Config} */
module.exports = {
  ...e2e,
  rootDir: '..',
  testMatch: ['<rootDir>/bench/**/*.bench.ts'],
  testTimeout: 900_000,
  reporters: ['default'],
};
