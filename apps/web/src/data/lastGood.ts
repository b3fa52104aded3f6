import type { CachedLoader } from './client';

export type LastGoodOptions = {
  /** How many answers are remembered, the least recently used dropped first. */
  maxEntries?: number;
  /** Called when a remembered answer stands in for a failed one; returns what the reader gets. */
  onStale?: <T>(value: T, key: readonly string[], tags: readonly string[]) => Promise<T>;
  /** Called when loading failed and nothing stands in: the reader gets the error. */
  onFailure?: (error: unknown) => void;
};

/**
 * Wraps a cache so a CMS that is slow or down costs visitors nothing it has answered before:
 * the last good answer for each key is remembered in memory and given when loading fails, for
 * instance when a publish has just emptied the cache. Identical loads running at the same time
 * share one CMS call, so a burst of visitors to a page being rebuilt asks the CMS once.
 */
export function withLastGood(cache: CachedLoader, options: LastGoodOptions = {}): CachedLoader {
  const maxEntries = options.maxEntries ?? 500;
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
      const value = await cache(sharedLoad, key, tags);
      remember(id, value);
      return value;
    } catch (error) {
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
