// Unit tests of the portal's pure helpers (app/**/*.spec.ts); the browser test has its own config.
const preset = require('../../packages/config/jest.preset.cjs');
module.exports = { ...preset, testMatch: ['<rootDir>/app/**/*.spec.ts'] };
