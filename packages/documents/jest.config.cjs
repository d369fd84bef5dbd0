// Unit tests, the PDF round trips through poppler and zbar, and the credential in Chromium.
/** @type {import('jest').Config} */
module.exports = {
  ...require('../../packages/config/jest.preset.cjs'),
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/e2e/**/*.e2e.ts'],
  // Rendering PDFs, rasterising them and starting Chromium take longer than jest's 5 s default.
  testTimeout: 60_000,
};
