// Unit tests of the console's modules (app/**/*.spec.ts); the browser test has its own config.
const preset = require('../../packages/config/jest.preset.cjs');
module.exports = { ...preset, testMatch: ['<rootDir>/app/**/*.spec.ts'] };
