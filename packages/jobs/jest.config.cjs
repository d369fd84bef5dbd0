// Unit and integration tests of @caravan/jobs through the shared swc preset; the integration
// tests start PostgreSQL databases and a mail catcher, which takes more than Jest's 5 s default.
module.exports = { ...require('../../packages/config/jest.preset.cjs'), testTimeout: 60_000 };
