// Unit and integration tests of @caravan/jobs through the shared swc preset.
module.exports = { ...require('../../packages/config/jest.preset.cjs') };
