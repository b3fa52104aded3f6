import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Prints one line at the end: how many tests passed or failed, and how long the whole run took. */
export default class TimingReporter implements Reporter {
  private readonly startedAt = Date.now();
  private readonly counts = new Map<string, number>();

  onTestEnd(_test: TestCase, result: TestResult) {
    this.counts.set(result.status, (this.counts.get(result.status) ?? 0) + 1);
  }

  onEnd(result: FullResult) {
    const seconds = ((Date.now() - this.startedAt) / 1000).toFixed(1);
    const counts = [...this.counts].map(([status, count]) => `${count} ${status}`).join(', ') || 'no tests';
    console.log(
      `\n[e2e] ${result.status}: ${counts}; total run time ${seconds} s (setup and teardown included)`,
    );
  }

  printsToStdio() {
    return false;
  }
}
