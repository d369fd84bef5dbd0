// Unit tests run through the shared swc preset; nothing here talks to a database.
/** @type {import('jest').Config} */
module.exports = {
  ...require('../../packages/config/jest.preset.cjs'),
};
