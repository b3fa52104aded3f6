/**
 * A value too large for the shared data cache (an entry there is capped at 2 MB, which a city's
 * search index passes at a few thousand venues), kept in this process's memory instead.
 *
 * Whether the copy is current is decided by a stamp read through the shared cache: one that
 * changes when what the value is built from changes, and only then (so a cache that loses its
 * entries costs a re-read of the stamp, not a rebuild). One rebuild runs at a time. During it a
 * reader waits at most `waitMs` (not at all when the last build took longer than that) and is
 * otherwise answered with the copy it had, so a small city's search shows a publish at once and a
 * large city's visitors never wait on a full re-read of the CMS. A rebuild that fails is logged
 * and leaves that copy in place, and the next is tried no sooner than `retryAfterMs` later.
 */
export function keepInProcess<T>({
  build,
  stamp,
  waitMs = 2_000,
  retryAfterMs = 10_000,
  now = () => performance.now(),
}: {
  build: () => Promise<T>;
  /** Changes whenever the value must be rebuilt. */
  stamp: () => Promise<string>;
  waitMs?: number;
  retryAfterMs?: number;
  now?: () => number;
}): () => Promise<T> {
  let kept: { value: T; stamp: string } | undefined;
  let rebuilding: Promise<T> | undefined;
  let lastBuildMs = 0;
  let failedAt = Number.NEGATIVE_INFINITY;

  function rebuild(current: string): Promise<T> {
    const started = now();
    const done = build().then(
      (value) => {
        lastBuildMs = now() - started;
        // Kept under the stamp read before the build began: a change made during the build
        // shows as a newer stamp on the next read.
        kept = { value, stamp: current };
        return value;
      },
      (error: unknown) => {
        failedAt = now();
        console.error(`[paseo] rebuilding a kept value failed: ${String(error)}`);
        throw error;
      },
    );
    rebuilding = done;
    done
      .finally(() => {
        rebuilding = undefined;
      })
      .catch(() => {});
    return done;
  }

  return async () => {
    const current = await stamp();
    if (kept?.stamp === current) return kept.value;
    if (!kept) return rebuilding ?? rebuild(current);
    const previous = kept.value;
    if (!rebuilding && now() - failedAt < retryAfterMs) return previous;
    const done = rebuilding ?? rebuild(current);
    if (lastBuildMs > waitMs) return previous;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const patience = new Promise<T>((resolve) => {
      timer = setTimeout(() => resolve(previous), waitMs);
    });
    try {
      return await Promise.race([done.catch(() => previous), patience]);
    } finally {
      clearTimeout(timer);
    }
  };
}
