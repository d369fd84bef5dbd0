// Unit tests and the SMTP integration tests (a real maildev and smtp-server on free ports)
// through the shared swc preset.
/** @type {import('jest').Config} */
module.exports = { ...require('../../packages/config/jest.preset.cjs') };
