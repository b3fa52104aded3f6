import { describe, expect, it, vi } from 'vitest';
import { keepInProcess } from './keptInProcess';

/** A build whose every call is counted and finishes only when the test says so. */
function controlledBuild() {
  const calls: { finish: (value: string) => void; fail: (error: Error) => void }[] = [];
  const build = () =>
    new Promise<string>((resolve, reject) => {
      calls.push({ finish: resolve, fail: reject });
    });
  return { build, calls };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a value kept in the process', () => {
  it('is built once per stamp, however many readers ask', async () => {
    let builds = 0;
    const read = keepInProcess({ build: async () => `index ${++builds}`, stamp: async () => 's1' });
    expect(await Promise.all([read(), read(), read()])).toEqual(['index 1', 'index 1', 'index 1']);
    expect(await read()).toBe('index 1');
    expect(builds).toBe(1);
  });

  it('makes the first readers wait for the first build, since there is nothing to answer with', async () => {
    const { build, calls } = controlledBuild();
    const read = keepInProcess({ build, stamp: async () => 's1' });
    const first = read();
    const second = read();
    await tick();
    expect(calls).toHaveLength(1);
    calls[0]?.finish('index 1');
    expect(await first).toBe('index 1');
    expect(await second).toBe('index 1');
  });

  it('answers with the copy it has while a slow rebuild runs, then with the new one', async () => {
    const { build, calls } = controlledBuild();
    let stamp = 's1';
    const read = keepInProcess({ build, stamp: async () => stamp, waitMs: 20 });
    const first = read();
    await tick();
    calls[0]?.finish('index 1');
    await first;

    stamp = 's2';
    expect(await read()).toBe('index 1');
    expect(await read()).toBe('index 1');
    // Both readers during the rebuild shared it.
    expect(calls).toHaveLength(2);
    calls[1]?.finish('index 2');
    await tick();
    expect(await read()).toBe('index 2');
    expect(calls).toHaveLength(2);
  });

  it("answers with the new copy when the rebuild is quicker than the reader's patience", async () => {
    let builds = 0;
    let stamp = 's1';
    const read = keepInProcess({ build: async () => `index ${++builds}`, stamp: async () => stamp });
    expect(await read()).toBe('index 1');
    stamp = 's2';
    expect(await read()).toBe('index 2');
  });

  it('does not wait for a rebuild once a build has taken longer than its patience', async () => {
    let stamp = 's1';
    let builds = 0;
    const read = keepInProcess({
      build: async () => {
        builds += 1;
        if (builds === 1) await new Promise((resolve) => setTimeout(resolve, 40));
        return `index ${builds}`;
      },
      stamp: async () => stamp,
      waitMs: 20,
    });
    expect(await read()).toBe('index 1');
    stamp = 's2';
    // The rebuild itself is instant, but the reader was not kept waiting for it.
    expect(await read()).toBe('index 1');
    expect(await read()).toBe('index 2');
  });

  it('keeps its copy when a rebuild fails, and tries again only after a pause', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    let clock = 0;
    let stamp = 's1';
    let failing = false;
    let builds = 0;
    const read = keepInProcess({
      build: async () => {
        builds += 1;
        if (failing) throw new Error('CMS down');
        return `index ${builds}`;
      },
      stamp: async () => stamp,
      retryAfterMs: 1_000,
      now: () => clock,
    });
    expect(await read()).toBe('index 1');
    stamp = 's2';
    failing = true;
    expect(await read()).toBe('index 1');
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('CMS down'));
    failing = false;
    clock = 999;
    expect(await read()).toBe('index 1');
    expect(builds).toBe(2);
    clock = 1_000;
    expect(await read()).toBe('index 3');
  });

  it('fails when the first build fails, and builds again on the next read', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let failing = true;
    const read = keepInProcess({
      build: async () => {
        if (failing) throw new Error('CMS down');
        return 'index';
      },
      stamp: async () => 's1',
    });
    await expect(read()).rejects.toThrow('CMS down');
    failing = false;
    expect(await read()).toBe('index');
  });

  it('runs one rebuild at a time, whatever the stamps, and catches up afterwards', async () => {
    const { build, calls } = controlledBuild();
    let stamp = 's1';
    const read = keepInProcess({ build, stamp: async () => stamp, waitMs: 5 });
    const first = read();
    await tick();
    calls[0]?.finish('index 1');
    await first;

    stamp = 's2';
    expect(await read()).toBe('index 1');
    stamp = 's3';
    expect(await read()).toBe('index 1');
    // The rebuild for s2 is still running: none for s3 yet.
    expect(calls).toHaveLength(2);
    calls[1]?.finish('index 2');
    await tick();
    // Kept under s2, which is not s3: the next reader starts the rebuild for s3.
    expect(await read()).toBe('index 2');
    expect(calls).toHaveLength(3);
    calls[2]?.finish('index 3');
    await tick();
    expect(await read()).toBe('index 3');
  });
});
