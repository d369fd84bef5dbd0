// The packaging test packs, installs and loads the published packages; npm and tsc take a while.
module.exports = { ...require('../../packages/config/jest.preset.cjs'), testTimeout: 180_000 };
