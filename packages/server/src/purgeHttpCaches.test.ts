import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { httpCacheUrls, purgeHttpCaches } from './purgeHttpCaches.js';

type Seen = { method: string | undefined; keys: string | undefined };

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A stand-in cache on a real socket that answers each PURGE with the next status in `statuses`. */
async function cache(statuses: number[]): Promise<{ url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((request, response) => {
    seen.push({ method: request.method, keys: request.headers['xkey-purge'] as string | undefined });
    response.writeHead(statuses[seen.length - 1] ?? 200).end();
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const quiet = { warn: () => {}, error: () => {} };

describe('purgeHttpCaches', () => {
  it('sends the keys once to every cache, space-separated, dropping blanks and repeats', async () => {
    const [a, b] = await Promise.all([cache([200]), cache([200])]);
    const failed = await purgeHttpCaches(['venues', 'venues:casa-azul', 'venues', '', 'has space'], {
      cacheUrls: [a.url, b.url],
      logger: quiet,
    });
    expect(failed).toEqual([]);
    for (const { seen } of [a, b])
      expect(seen).toEqual([{ method: 'PURGE', keys: 'venues venues:casa-azul' }]);
  });

  it('retries a cache that fails until it takes the purge', async () => {
    const flaky = await cache([503, 500, 200]);
    expect(
      await purgeHttpCaches(['guides'], { cacheUrls: [flaky.url], firstDelayMs: 1, logger: quiet }),
    ).toEqual([]);
    expect(flaky.seen).toHaveLength(3);
  });

  it('names the caches it gave up on, without throwing', async () => {
    const down = await cache([503, 503]);
    expect(
      await purgeHttpCaches(['guides'], {
        cacheUrls: [down.url],
        attempts: 2,
        firstDelayMs: 1,
        logger: quiet,
      }),
    ).toEqual([down.url]);
  });

  it('splits a long list of keys over several requests', async () => {
    const target = await cache([]);
    const keys = Array.from({ length: 150 }, (_, i) => `venues:v${i}`);
    await purgeHttpCaches(keys, { cacheUrls: [target.url], logger: quiet });
    expect(target.seen.map((s) => s.keys?.split(' ').length)).toEqual([100, 50]);
  });

  it('reads the caches from a comma-separated list', () => {
    expect(httpCacheUrls(' http://a:80, http://b:80 ,')).toEqual(['http://a:80', 'http://b:80']);
    expect(httpCacheUrls(undefined)).toEqual([]);
  });
});
