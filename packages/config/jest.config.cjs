// Unit tests of @caravan/config through its own swc preset.
module.exports = { ...require('./jest.preset.cjs') };
