// Unit tests for the typed client; swc via the shared preset.
module.exports = { ...require('../../packages/config/jest.preset.cjs') };
