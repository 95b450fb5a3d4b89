// Ends a Jest run with one plain line, "Tests: N passed, N failed", which tools that read test
// output understand whatever the runner (Jest's own summary says "N passed, N total"). It is
// written as the process exits, so it comes after Jest's summary.
class PlainSummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests } = results;
    const skipped = numPendingTests > 0 ? `, ${numPendingTests} skipped` : '';
    process.once('exit', () => process.stderr.write(`Tests: ${numPassedTests} passed, ${numFailedTests} failed${skipped}\n`));
  }
}
module.exports = PlainSummaryReporter;
