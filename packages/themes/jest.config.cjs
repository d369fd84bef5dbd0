// Unit tests for the design tokens; swc via the shared preset.
module.exports = { ...require('../../packages/config/jest.preset.cjs') };
