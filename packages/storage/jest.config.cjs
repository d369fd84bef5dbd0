// Unit and integration tests of @caravan/storage through the shared swc preset.
module.exports = { ...require('../../packages/config/jest.preset.cjs') };
