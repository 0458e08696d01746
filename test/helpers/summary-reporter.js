/**
 * Prints the plain closing line 'N passed, N failed' (', N skipped') that CI tooling reads,
 * after jest's own summary.
 */
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const tail = skipped ? `, ${skipped} skipped` : '';
    process.stdout.write(`\n${results.numPassedTests} passed, ${results.numFailedTests} failed${tail}\n`);
  }
}

module.exports = SummaryReporter;
