// Writes each Jest run's totals to <repo>/test-results/<package>.json so that .ci/run can add
// them up into the one "N passed, N failed" line CI reads (Jest's own summary is per suite run).
const fs = require('node:fs');
const path = require('node:path');

class JestSummaryReporter {
  constructor(globalConfig, options = {}) {
    this.rootDir = globalConfig.rootDir;
    this.label = options.label;
  }

  onRunComplete(_contexts, results) {
    const repoRoot = path.resolve(__dirname, '..', '..');
    const pkg = JSON.parse(fs.readFileSync(path.join(this.rootDir, 'package.json'), 'utf8'));
    const name = `${pkg.name.replace(/[@/]/g, '_')}${this.label ? `.${this.label}` : ''}`;
    const dir = path.join(repoRoot, 'test-results');
    fs.mkdirSync(dir, { recursive: true });
    const failedSuites = results.numFailedTestSuites + (results.numRuntimeErrorTestSuites || 0);
    fs.writeFileSync(
      path.join(dir, `${name}.json`),
      JSON.stringify(
        {
          package: pkg.name,
          label: this.label ?? null,
          passed: results.numPassedTests,
          failed: results.numFailedTests,
          skipped: results.numPendingTests + results.numTodoTests,
          failedSuites,
          // A suite that crashed before its tests ran counts as one failure, never as silence.
          crashedSuites: results.testResults.filter((r) => r.testExecError).length,
        },
        null,
        2,
      ),
    );
  }
}

module.exports = JestSummaryReporter;
