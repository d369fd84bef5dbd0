// Shared Jest preset. NestJS 12 and our domain packages ship ESM; Jest runs CommonJS, so swc
// transforms everything (node_modules included) with legacy decorators and their metadata.
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts'],
  transform: {
    '^.+\\.(t|j|mj|cj)sx?$': [
      require.resolve('@swc/jest'),
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: [],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // Test support of @caravan/db lives in its source only (not in dist): resolve it there.
    '^@caravan/db/testing$': require('node:path').resolve(__dirname, '../db/src/testing/index.ts'),
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
  reporters: ['default', require.resolve('./jest-summary-reporter.cjs')],
};
