// Shared StrykerJS settings for mutation testing (`pnpm test:mutation`, never part of `pnpm test`).
// Each package's stryker.config.mjs names what to mutate and which Jest config to run.
// Stryker runs the tests in a copy of the package (a sandbox under .stryker-tmp), where the
// package's jest.config.cjs could not reach this preset by its relative path: the config is
// therefore loaded here, from the real package, and handed to the jest runner as an object.
const path = require('node:path');

/**
 * @param {object} options
 * @param {string} options.packageDir the package's directory (dirname of its stryker config)
 * @param {string[]} options.mutate globs of the sources to mutate, relative to the package
 * @param {(specifier: string) => string} options.resolve the package config's import.meta.resolve
 * @param {Record<string, unknown>} [options.jest] Jest options laid over the package's jest config
 * @param {boolean} [options.ignoreStatic] skip static mutants (module-level code, run once at load):
 *   each of them reloads every spec, which can make a run take hours; they are then reported as
 *   ignored, outside the score, and the package's figures say so
 * @param {boolean} [options.typeCheck] discard mutants that do not compile before testing them
 *   (TypeScript checker); on a large package the checker takes more CPU than the tests
 * @returns {Record<string, unknown>} Stryker's options (its PartialStrykerOptions)
 */
function strykerConfig({ packageDir, mutate, resolve, jest = {}, ignoreStatic = false, typeCheck = true }) {
  const jestConfig = require(path.join(packageDir, 'jest.config.cjs'));
  return {
    packageManager: 'pnpm',
    // Under pnpm, Stryker's default plugin glob (@stryker-mutator/* beside its core) finds
    // nothing: name the plugins as the package itself resolves them.
    plugins: [resolve('@stryker-mutator/jest-runner'), ...(typeCheck ? [resolve('@stryker-mutator/typescript-checker')] : [])],
    testRunner: 'jest',
    jest: {
      projectType: 'custom',
      // Mutation runs need no summary line for CI; Stryker sets its own reporters anyway.
      config: { ...jestConfig, reporters: ['default'], ...jest },
      enableFindRelatedTests: true,
    },
    checkers: typeCheck ? ['typescript'] : [],
    // swc strips types without checking them, so sandbox copies need no `// @ts-nocheck` (which
    // would also change the generated files whose exact text some specs compare).
    disableTypeChecks: false,
    tsconfigFile: 'tsconfig.json',
    mutate,
    coverageAnalysis: 'perTest',
    ignoreStatic,
    // Two cores serve every other job on the machine too.
    concurrency: 1,
    timeoutMS: 10_000,
    thresholds: { high: 90, low: 80, break: 80 },
    reporters: ['clear-text', 'progress', 'html', 'json'],
    htmlReporter: { fileName: 'reports/mutation/index.html' },
    jsonReporter: { fileName: 'reports/mutation/mutation.json' },
    // A rerun after new tests only re-tests the mutants those tests (or changed sources) touch.
    incremental: true,
    incrementalFile: 'reports/mutation/stryker-incremental.json',
    // The jest config travels as an object (above); a copy in the sandbox would be unreadable.
    ignorePatterns: ['jest.config.cjs', 'reports', 'dist', '.turbo', 'coverage'],
    tempDirName: '.stryker-tmp',
    cleanTempDir: true,
  };
}

module.exports = { strykerConfig };
