/**
 * A value too large for the shared data cache (an entry there is capped at 2 MB, which a city's
 * search index passes at a few thousand venues), kept in this process's memory instead.
 *
 * Whether the copy is current is asked of the shared cache through a small stamp stored there
 * under the value's tags: a publish that revalidates one of those tags drops the stamp for every
 * process, the next read stores a new one, and each process rebuilds its own copy. During a
 * rebuild a reader waits for it at most `waitMs` (not at all when the last build took longer than
 * that) and is otherwise answered with the copy it had, so a small city's search shows a publish at
 * once and a large city's visitors never wait on a full re-read of the CMS; a rebuild that fails
 * leaves that copy in place.
 */
export function keepInProcess<T>({
  build,
  stamp,
  waitMs = 2_000,
}: {
  build: () => Promise<T>;
  /** Changes whenever the value must be rebuilt. */
  stamp: () => Promise<string>;
  waitMs?: number;
}): () => Promise<T> {
  let kept: { value: T; stamp: string } | undefined;
  let rebuilding: { stamp: string; done: Promise<T> } | undefined;
  let lastBuildMs = 0;

  function rebuildFor(current: string): Promise<T> {
    if (rebuilding?.stamp === current) return rebuilding.done;
    const started = performance.now();
    const done = build().then((value) => {
      lastBuildMs = performance.now() - started;
      // A rebuild for a newer stamp may have started meanwhile: an older copy never replaces it.
      if (!kept || rebuilding?.stamp === current) kept = { value, stamp: current };
      return value;
    });
    const entry = { stamp: current, done };
    rebuilding = entry;
    done
      .finally(() => {
        if (rebuilding === entry) rebuilding = undefined;
      })
      .catch(() => {});
    return done;
  }

  return async () => {
    const current = await stamp();
    if (kept?.stamp === current) return kept.value;
    const done = rebuildFor(current);
    if (!kept) return done;
    const previous = kept.value;
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
