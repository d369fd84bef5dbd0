// Browser test: starts the PostgreSQL-backed api and the built console, drives real Chromium.
module.exports = { ...require('../../packages/config/jest.e2e.preset.cjs') };
