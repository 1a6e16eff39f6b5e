// A mocha reporter: mocha's usual spec output, plus a JSON summary written when the run ends, so
// scripts/test-all.mjs can add up the counts of every stage.
//   mocha --reporter ./scripts/lib/summary-reporter.cjs --reporter-option output=test-results/unit.json
const fs = require('node:fs');
const path = require('node:path');
const Mocha = require('mocha');

const { EVENT_RUN_END, EVENT_TEST_FAIL, EVENT_TEST_PASS, EVENT_TEST_PENDING } = Mocha.Runner.constants;

class SummaryReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    const output = options.reporterOptions?.output || process.env.FACTDESK_SUMMARY;
    const summary = { passed: 0, failed: 0, pending: 0, failures: [] };
    runner.on(EVENT_TEST_PASS, () => summary.passed++);
    runner.on(EVENT_TEST_PENDING, () => summary.pending++);
    // Hook failures (a crashed before()) arrive here too, so they count as failures.
    runner.on(EVENT_TEST_FAIL, (test, error) => {
      summary.failed++;
      summary.failures.push({ title: test.fullTitle(), error: String(error?.message ?? error) });
    });
    runner.once(EVENT_RUN_END, () => {
      if (!output) return;
      fs.mkdirSync(path.dirname(output), { recursive: true });
      fs.writeFileSync(output, JSON.stringify(summary, null, 2));
    });
  }
}

module.exports = SummaryReporter;
