// Api tests: unit specs and int-specs (real PostgreSQL and Redis) through the shared swc preset.
// Int-specs create and migrate a database per suite, which takes seconds on a busy machine.
module.exports = { ...require('../../packages/config/jest.preset.cjs'), testTimeout: 180_000 };
