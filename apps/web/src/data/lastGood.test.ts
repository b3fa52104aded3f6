import { describe, expect, it, vi } from 'vitest';
import type { CachedLoader } from './client';
import { withLastGood } from './lastGood';

const noCache: CachedLoader = (load) => load();

describe('the last good answer', () => {
  it('stands in when loading fails, and only for a key that once loaded', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const staleKeys: (readonly string[])[] = [];
    const cached = withLastGood(noCache, {
      onStale: async (value, key) => {
        staleKeys.push(key);
        return value;
      },
    });
    expect(await cached(async () => 'v1', ['venue', 'a'], ['venues'])).toBe('v1');
    const failing = async (): Promise<string> => {
      throw new Error('CMS down');
    };
    expect(await cached(failing, ['venue', 'a'], ['venues'])).toBe('v1');
    expect(staleKeys).toEqual([['venue', 'a']]);
    await expect(cached(failing, ['venue', 'b'], ['venues'])).rejects.toThrow('CMS down');
    // A fresh answer replaces the remembered one.
    expect(await cached(async () => 'v2', ['venue', 'a'], ['venues'])).toBe('v2');
    expect(await cached(failing, ['venue', 'a'], ['venues'])).toBe('v2');
  });

  it('forgets the least recently used answers beyond its size', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const cached = withLastGood(noCache, { maxEntries: 2 });
    for (const key of ['a', 'b', 'c']) await cached(async () => key, [key], []);
    const failing = async (): Promise<string> => {
      throw new Error('down');
    };
    await expect(cached(failing, ['a'], [])).rejects.toThrow('down');
    expect(await cached(failing, ['c'], [])).toBe('c');
  });

  it('shares one load between identical reads running at the same time', async () => {
    const cached = withLastGood(noCache);
    let loads = 0;
    const load = async () => {
      loads += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return loads;
    };
    const results = await Promise.all(Array.from({ length: 50 }, () => cached(load, ['k'], [])));
    expect(loads).toBe(1);
    expect(new Set(results)).toEqual(new Set([1]));
    await cached(load, ['k'], []);
    expect(loads).toBe(2);
  });

  it('counts a read that never ends as failed once its deadline passes', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let calls = 0;
    const cached = withLastGood(noCache, { deadlineMs: 50 });
    expect(await cached(async () => 'first', ['k'], [])).toBe('first');
    const never = () => {
      calls += 1;
      return new Promise<string>(() => {});
    };
    expect(await cached(never, ['k'], [])).toBe('first');
    await expect(cached(never, ['other'], [])).rejects.toThrow(/within 50 ms/);
    // The stuck load is not shared with the next reader: it tries again.
    await expect(cached(never, ['other'], [])).rejects.toThrow(/within 50 ms/);
    expect(calls).toBe(3);
  });
});
