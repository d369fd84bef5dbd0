// Unit tests for the message catalogues and locale negotiation; swc via the shared preset.
module.exports = { ...require('../../packages/config/jest.preset.cjs') };
