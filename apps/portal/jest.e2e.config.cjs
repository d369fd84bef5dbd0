// Browser test: starts the PostgreSQL-backed api and the built portal, drives real Chromium.
module.exports = {
  ...require('../../packages/config/jest.e2e.preset.cjs'),
  // axe-core's bundle is a script that reads its global `this` (the window, or Node's module scope);
  // transformed as a module its top-level `this` is undefined, so it is loaded as shipped.
  transformIgnorePatterns: ['/axe-core/axe\\.js$'],
};
