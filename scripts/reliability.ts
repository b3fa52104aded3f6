/**
 * What the attack, fault, load and backup tests tried and what held, recorded by the tests
 * themselves so that RELIABILITY.md (written by `scripts/reliabilityReport.ts`) can only say what
 * a run measured.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './stack';

export const reliabilityResultsDir = path.join(repoRoot, 'reliability/results');

export type ReliabilityArea = 'attack' | 'fault' | 'load' | 'backup';

export type ReliabilityRecord = {
  /** Stable and unique, e.g. `cms.anonymous-depth`; names the result file. */
  id: string;
  area: ReliabilityArea;
  /** What was tried, in a sentence. */
  tried: string;
  /** How many attempts, requests or cases. */
  tries: number;
  /** How many of them held (answered as they should). */
  held: number;
  /** Figures the run measured: memory, latency, status counts… */
  figures?: Record<string, string | number>;
  /** The test file, relative to the repository root. */
  test: string;
};

export function recordReliability(record: ReliabilityRecord): void {
  if (!/^[a-z0-9][a-z0-9.-]*$/.test(record.id)) throw new Error(`bad reliability id ${record.id}`);
  mkdirSync(reliabilityResultsDir, { recursive: true });
  const file = path.join(reliabilityResultsDir, `${record.id}.json`);
  writeFileSync(file, `${JSON.stringify({ ...record, at: new Date().toISOString() }, null, 2)}\n`);
}
