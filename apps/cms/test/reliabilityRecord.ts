import { afterAll, afterEach } from 'vitest';
import { type ReliabilityRecord, recordReliability } from '../../../scripts/reliability';

/**
 * Records, for RELIABILITY.md, what the tests of the enclosing `describe` tried: one try per test,
 * held when the test passed. Call it at the top of the describe.
 */
export function recordWhatHeld(record: Omit<ReliabilityRecord, 'tries' | 'held'>): void {
  let tries = 0;
  let held = 0;
  afterEach(({ task }) => {
    tries += 1;
    if (task.result?.state !== 'fail') held += 1;
  });
  afterAll(() => recordReliability({ ...record, tries, held }));
}
