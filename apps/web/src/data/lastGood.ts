import { type CachedLoader, CmsUnavailableError } from './client';

export type LastGoodOptions = {
  /** How many answers are remembered, the least recently used dropped first. */
  maxEntries?: number;
  /** Called when a remembered answer stands in for a failed one; returns what the reader gets. */
  onStale?: <T>(value: T, key: readonly string[], tags: readonly string[]) => Promise<T>;
  /** Called when loading failed and nothing stands in: the reader gets the error. */
  onFailure?: (error: unknown) => void;
  /** The longest one read may take, cache included, before it counts as failed. */
  deadlineMs?: number;
};

/**
 * Every CMS call has its own timeout, yet under load a revalidated page's read was seen to wait
 * for good somewhere in the framework's cache, and every visitor of that page with it. A read
 * past its deadline counts as failed, so the last good answer or a quick 503 takes its place.
 */
function withinDeadline<T>(read: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new CmsUnavailableError(`read not done within ${ms} ms`)), ms);
    read.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * Wraps a cache so a CMS that is slow or down costs visitors nothing it has answered before:
 * the last good answer for each key is remembered in memory and given when loading fails, for
 * instance when a publish has just emptied the cache. Identical loads running at the same time
 * share one CMS call, so a burst of visitors to a page being rebuilt asks the CMS once.
 */
export function withLastGood(cache: CachedLoader, options: LastGoodOptions = {}): CachedLoader {
  const maxEntries = options.maxEntries ?? 500;
  const deadlineMs = options.deadlineMs ?? 8_000;
  const remembered = new Map<string, unknown>();
  const inFlight = new Map<string, Promise<unknown>>();

  const remember = (id: string, value: unknown) => {
    remembered.delete(id);
    remembered.set(id, value);
    if (remembered.size > maxEntries) remembered.delete(remembered.keys().next().value as string);
  };

  return async (load, key, tags) => {
    const id = JSON.stringify(key);
    const sharedLoad = () => {
      let running = inFlight.get(id) as ReturnType<typeof load> | undefined;
      if (!running) {
        running = load().finally(() => inFlight.delete(id));
        inFlight.set(id, running);
      }
      return running;
    };
    try {
      const value = await withinDeadline(cache(sharedLoad, key, tags), deadlineMs);
      remember(id, value);
      return value;
    } catch (error) {
      // A load that never ends must not hold back the next reader of the same key.
      inFlight.delete(id);
      if (!remembered.has(id)) {
        options.onFailure?.(error);
        throw error;
      }
      const stale = remembered.get(id) as Awaited<ReturnType<typeof load>>;
      console.error(
        `[paseo] serving the last good answer for ${key.slice(0, 3).join(' ')}: ${String(error)}`,
      );
      return options.onStale ? options.onStale(stale, key, tags) : stale;
    }
  };
}
