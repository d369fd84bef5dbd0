// Browser test: starts the PostgreSQL-backed api and the built portal, drives real Chromium.
module.exports = { ...require('../../packages/config/jest.e2e.preset.cjs') };
