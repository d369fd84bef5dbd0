// Shared Jest preset of the browser tests (e2e/*.e2e.ts) of the Remix apps: each test starts the
// PostgreSQL-backed api and the built app, and drives real Chromium.
const preset = require('./jest.preset.cjs');

/** @type {import('jest').Config} */
module.exports = {
  ...preset,
  testMatch: ['<rootDir>/e2e/**/*.e2e.ts'],
  // Creating a database, starting two servers and Chromium takes far longer than jest's 5 s default.
  testTimeout: 120_000,
  maxWorkers: 1,
  // Its own totals file, so CI's summary counts the unit run and the browser run both.
  reporters: ['default', [require.resolve('./jest-summary-reporter.cjs'), { label: 'e2e' }]],
};
