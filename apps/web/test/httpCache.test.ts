/**
 * The site as it runs past one process (scripts/cluster.ts): Varnish in front of two site
 * processes that share Next's cache on Redis. Its own CMS, database, Redis and Varnish, started
 * here; needs Debian's varnish, varnish-modules and redis-server (.ci/run installs them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cluster, startCluster } from '../../../scripts/cluster';
import { getAsSent } from '../../../scripts/getAsSent';
import { newSecrets } from '../../../scripts/stack';
import { editorToken } from './editorToken';

const secrets = newSecrets();
let cluster: Cluster;

beforeAll(async () => {
  cluster = await startCluster({ secrets });
}, 240_000);

afterAll(async () => {
  await cluster?.stop();
});

type Answer = { status: number; cache: string | null; body: string; headers: Headers };

async function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, { headers, redirect: 'manual' });
  return {
    status: response.status,
    cache: response.headers.get('x-cache'),
    body: await response.text(),
    headers: response.headers,
  };
}

const throughCache = (path: string, headers: Record<string, string> = {}) =>
  get(`${cluster.cacheUrl}${path}`, headers);

/** What a browser asks for; fetch alone asks for gzip and deflate. */
const browserEncodings = { 'accept-encoding': 'gzip, deflate, br, zstd' };

/** Requests a page until the cache holds it (the copy for clients that send these headers). */
async function warm(path: string, headers: Record<string, string> = {}): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    if ((await throughCache(path, headers)).cache === 'hit') return;
  }
  throw new Error(`${path} is not kept by the cache`);
}

/** What the cluster's servers logged about notices, purges and stand-in answers, for a failure's message. */
function clusterLogExcerpt(): string {
  const lines = readdirSync(cluster.dataDir)
    .filter((name) => name.endsWith('.log'))
    .flatMap((name) =>
      readFileSync(path.join(cluster.dataDir, name), 'utf8')
        .split('\n')
        .filter((line) => /notifySite|\[paseo\]|purge|revalidat/i.test(line))
        .map((line) => `${name}: ${line}`),
    );
  return lines.slice(-40).join('\n');
}

// Eventually, not quickly: how fast a publish shows is measured by bench/http-cache.ts. On a loaded
// machine a notice the site did not answer in 5 s is sent again, which alone can pass 10 s.
async function until(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} within ${timeoutMs / 1000} s. The servers logged:\n${clusterLogExcerpt()}`);
}

/** The first published venue, and the path of its Spanish page. */
async function someVenue(): Promise<{ id: number; path: string }> {
  const response = await fetch(`${cluster.cmsUrl}/api/venues?locale=all&depth=0&limit=1&sort=id`);
  const venue = ((await response.json()) as { docs: { id: number; slug: { es: string } }[] }).docs[0];
  if (!venue) throw new Error('The CMS has no published venue');
  return { id: venue.id, path: `/es/lugares/${venue.slug.es}` };
}

async function saveTeaser(id: number, teaser: string, status: 'published' | 'draft'): Promise<void> {
  const response = await fetch(
    `${cluster.cmsUrl}/api/venues/${id}?locale=es${status === 'draft' ? '&draft=true' : ''}`,
    {
      method: 'PATCH',
      headers: {
        'content-type': 'application/json',
        authorization: `JWT ${await editorToken(cluster.cmsUrl)}`,
      },
      body: JSON.stringify({ teaser, _status: status }),
    },
  );
  expect(response.status).toBe(200);
}

/** The tags a page carries, as a site process sends them to the cache (which keeps them to itself). */
async function surrogateKeys(path: string): Promise<string[]> {
  const site = cluster.sites[0];
  if (!site) throw new Error('no site process');
  return ((await get(`${site.url}${path}`)).headers.get('surrogate-key') ?? '').split(' ').filter(Boolean);
}

describe('the HTTP cache in front of the site', () => {
  it('keeps pages, and gives Brotli, gzip and uncompressed clients the same page', async () => {
    const { path } = await someVenue();
    await warm(path);
    await warm(path, browserEncodings);
    const plain = await throughCache(path, { 'accept-encoding': 'identity' });
    expect(plain.cache).toBe('hit');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.body).toContain('</html>');
    const zipped = await getAsSent(`${cluster.cacheUrl}${path}`, { 'accept-encoding': 'gzip, deflate' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['x-cache']).toBe('hit');
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(plain.body);
    // A browser gets the Brotli copy, kept beside the gzip one; one that refuses Brotli gets gzip.
    const brotli = await getAsSent(`${cluster.cacheUrl}${path}`, browserEncodings);
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['x-cache']).toBe('hit');
    expect(brotliDecompressSync(brotli.body).toString('utf8')).toBe(plain.body);
    expect(brotli.body.length).toBeLessThan(zipped.body.length);
    const refusing = await getAsSent(`${cluster.cacheUrl}${path}`, { 'accept-encoding': 'br;q=0, gzip' });
    expect(refusing.headers['content-encoding']).toBe('gzip');
    // Codings are named in any case, as the site itself reads them.
    const shouting = await getAsSent(`${cluster.cacheUrl}${path}`, { 'accept-encoding': 'GZIP, BR' });
    expect(shouting.headers['content-encoding']).toBe('br');
    // Browsers and any cache beyond ask again each time; only this cache keeps pages until a purge.
    expect(plain.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
    expect(plain.headers.get('surrogate-key')).toBeNull();
  });

  it('shows a publish through the cache and on both site processes', async () => {
    const { id, path } = await someVenue();
    await warm(path);
    await warm(path, browserEncodings);
    const teaser = `Publicado a través de la caché ${Date.now()}`;
    await saveTeaser(id, teaser, 'published');
    await until(async () => (await throughCache(path)).body.includes(teaser), 'the cache shows the publish');
    // The Brotli copy went with the gzip one.
    await until(
      async () => (await throughCache(path, browserEncodings)).body.includes(teaser),
      'the Brotli copy shows the publish',
    );
    expect(cluster.sites).toHaveLength(2);
    for (const site of cluster.sites) {
      expect((await get(`${site.url}${path}`)).body, `${site.url} shows the publish`).toContain(teaser);
    }
    // And the cache keeps the new page again.
    await warm(path);
    expect((await throughCache(path)).body).toContain(teaser);
  });

  it('purges only the pages that carry a tag', async () => {
    const { path } = await someVenue();
    const pages = [path, '/es', '/en/guides', '/en/neighborhoods', '/es/categorias', '/en/places'];
    const keys = new Map<string, string[]>();
    for (const page of pages) {
      await warm(page);
      keys.set(page, await surrogateKeys(page));
    }
    // A tag of the shared vocabulary that some of these pages carry and others do not.
    const tag = ['guides', 'categories', 'neighborhoods', 'venues'].find((candidate) => {
      const carriers = pages.filter((page) => keys.get(page)?.includes(candidate)).length;
      return carriers > 0 && carriers < pages.length;
    });
    expect(tag, `a tag splits ${JSON.stringify(Object.fromEntries(keys))}`).toBeDefined();
    const purge = await fetch(`${cluster.cacheUrl}/`, {
      method: 'PURGE',
      headers: { 'xkey-purge': tag as string },
    });
    expect(purge.status).toBe(200);
    for (const page of pages) {
      const expected = keys.get(page)?.includes(tag as string) ? 'miss' : 'hit';
      expect((await throughCache(page)).cache, `${page} after purging ${tag}`).toBe(expected);
    }
  });

  it('never keeps previews, signed-in visits, the report form or search', async () => {
    const { id, path } = await someVenue();
    await warm(path);
    const published = (await throughCache(path)).body;
    const draft = `Borrador que nadie más ve ${Date.now()}`;
    await saveTeaser(id, draft, 'draft');
    // The editor's preview link sets the preview cookie, then opens the page.
    const entry = await fetch(
      `${cluster.cacheUrl}/api/draft?secret=${secrets.preview}&path=${encodeURIComponent(path)}`,
      { redirect: 'manual' },
    );
    expect(entry.status).toBe(307);
    const cookie = entry.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .join('; ');
    expect(cookie).toContain('__prerender_bypass=');
    const preview = await throughCache(path, { cookie });
    expect(preview.cache).toBe('pass');
    expect(preview.body).toContain(draft);
    // Visitors still get the published page, from the cache.
    const visitor = await throughCache(path);
    expect(visitor.cache).toBe('hit');
    expect(visitor.body).not.toContain(draft);
    expect(visitor.body).toBe(published);
    for (const headers of [{ cookie: 'payload-token=x' }, { authorization: 'Bearer x' }] as Record<
      string,
      string
    >[]) {
      expect((await throughCache(path, headers)).cache, JSON.stringify(headers)).toBe('pass');
    }
    const report = await fetch(`${cluster.cacheUrl}/api/report`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(report.headers.get('x-cache')).toBe('pass');
    for (let i = 0; i < 2; i++) {
      expect((await throughCache('/en/search?q=museo')).cache).not.toBe('hit');
    }
  });

  it('serves what it has, saying it is stale, when every site process is down', async () => {
    const { path } = await someVenue();
    await warm(path);
    await warm('/en/guides');
    const before = (await throughCache('/en/guides')).body;
    // A purged page is kept as stale; with the site down it is what visitors get.
    const keys = await surrogateKeys('/en/guides');
    const own = keys.find((key) => key.startsWith('_N_T_/en/guides'));
    expect(own).toBeDefined();
    await fetch(`${cluster.cacheUrl}/`, { method: 'PURGE', headers: { 'xkey-purge': own as string } });
    await Promise.all(cluster.sites.map((site) => site.stop()));

    const kept = await throughCache(path);
    expect(kept.status).toBe(200);
    expect(kept.cache).toBe('hit');
    const stale = await throughCache('/en/guides');
    expect(stale.status).toBe(200);
    expect(stale.cache).toBe('stale');
    expect(stale.body).toBe(before);
    // Only the gzip copy of the guides was kept: a browser, which would get Brotli, gets that.
    const staleForBrowser = await throughCache('/en/guides', browserEncodings);
    expect(staleForBrowser.status).toBe(200);
    expect(staleForBrowser.headers.get('content-encoding')).toBe('gzip');
    expect(staleForBrowser.body).toBe(before);
    // Once the cache has noticed (its probe), the same holds.
    await new Promise((resolve) => setTimeout(resolve, 3500));
    expect((await throughCache('/en/guides')).cache).toBe('stale');
    expect((await throughCache('/en/guides', browserEncodings)).status).toBe(200);
    const keptInBrotli = await throughCache(path, browserEncodings);
    expect(keptInBrotli.cache).toBe('hit');
    expect(keptInBrotli.headers.get('content-encoding')).toBe('br');
    // A page it never had cannot be served.
    const never = await throughCache('/en/places/a-page-nobody-asked-for');
    expect(never.status).toBe(503);
    expect(never.headers.get('retry-after')).not.toBeNull();
  });
});
