/**
 * A small load generator for the stack tests: `concurrency` visitors each make one request after
 * another for `seconds`, choosing what to ask for with `pick`. Loopback only, bounded in time and
 * count, with nothing to install: Node's own fetch.
 */

export type Outcome = {
  kind: string;
  status: number | 'error' | 'timeout';
  ms: number;
  /** How the site's page cache answered (HIT, STALE, MISS), when it says. */
  cache?: string;
};

export type LoadOptions = {
  concurrency: number;
  seconds: number;
  /** The request a visitor makes next: a label for the figures and a URL. */
  pick: () => { kind: string; url: string };
  /** Upper bound on requests, whatever the time. */
  maxRequests?: number;
  /** Ends the run early when it returns true. */
  until?: () => boolean;
  timeoutMs?: number;
};

export async function runLoad({
  concurrency,
  seconds,
  pick,
  maxRequests = 200_000,
  timeoutMs = 30_000,
  until: stopNow = () => false,
}: LoadOptions): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const until = Date.now() + seconds * 1000;
  const visitor = async () => {
    while (Date.now() < until && outcomes.length < maxRequests && !stopNow()) {
      const { kind, url } = pick();
      const started = performance.now();
      let status: Outcome['status'];
      let cache: string | undefined;
      try {
        const response = await fetch(url, {
          redirect: 'manual',
          signal: AbortSignal.timeout(timeoutMs),
          headers: { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html' },
        });
        await response.arrayBuffer();
        status = response.status;
        cache = response.headers.get('x-nextjs-cache') ?? undefined;
      } catch (error) {
        status = (error as Error).name === 'TimeoutError' ? 'timeout' : 'error';
      }
      outcomes.push({ kind, status, ms: performance.now() - started, ...(cache ? { cache } : {}) });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, visitor));
  return outcomes;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export type Figures = {
  kind: string;
  requests: number;
  statuses: Record<string, number>;
  caches: Record<string, number>;
  p50: number;
  p95: number;
  max: number;
};

/** Requests, status counts and latency percentiles (ms), per kind and in total. */
export function figures(outcomes: Outcome[]): Figures[] {
  const kinds = [...new Set(outcomes.map((o) => o.kind)), 'all'];
  return kinds.map((kind) => {
    const mine = kind === 'all' ? outcomes : outcomes.filter((o) => o.kind === kind);
    const statuses: Record<string, number> = {};
    const caches: Record<string, number> = {};
    for (const o of mine) {
      statuses[String(o.status)] = (statuses[String(o.status)] ?? 0) + 1;
      if (o.cache) caches[o.cache] = (caches[o.cache] ?? 0) + 1;
    }
    const ms = mine.map((o) => o.ms).sort((a, b) => a - b);
    return {
      kind,
      requests: mine.length,
      statuses,
      caches,
      p50: Math.round(percentile(ms, 50)),
      p95: Math.round(percentile(ms, 95)),
      max: Math.round(ms.at(-1) ?? 0),
    };
  });
}

export function printFigures(title: string, rows: Figures[], seconds: number): void {
  console.log(`\n${title}`);
  for (const row of rows) {
    const statuses = Object.entries({ ...row.statuses, ...row.caches })
      .map(([status, count]) => `${status}×${count}`)
      .join(' ');
    console.log(
      `  ${row.kind.padEnd(16)} ${String(row.requests).padStart(6)} req (${(row.requests / seconds).toFixed(1)}/s)  p50 ${row.p50} ms  p95 ${row.p95} ms  max ${row.max} ms  ${statuses}`,
    );
  }
}

export const serverErrors = (outcomes: Outcome[]) =>
  outcomes.filter((o) => typeof o.status === 'number' && o.status >= 500).length;

/** The same figures, one line per kind, for a reliability record. */
export function figuresByKind(rows: Figures[]): Record<string, string> {
  return Object.fromEntries(
    rows.map((row) => [
      row.kind,
      `${row.requests} requests, statuses ${JSON.stringify(row.statuses)}, p50 ${row.p50} ms, p95 ${row.p95} ms`,
    ]),
  );
}
