// Api tests: unit specs and int-specs (real PostgreSQL and Redis) through the shared swc preset.
// Int-specs create and migrate a database per suite, which takes seconds on a busy machine.
// The suites run one at a time in a worker that is replaced once it holds more than 1 GB after a
// file: each suite starts Nest applications whose compiled modules stay in the module registry,
// and run in the Jest process itself (--runInBand) the 80-odd suites outgrew the heap.
module.exports = {
  ...require('../../packages/config/jest.preset.cjs'),
  testTimeout: 180_000,
  workerIdleMemoryLimit: '1GB',
};
