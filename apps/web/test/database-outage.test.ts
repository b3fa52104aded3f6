import { describe, expect, inject, it } from 'vitest';
import { recordReliability } from '../../../scripts/reliability';
import { databaseDirOf, pgCtl, runningDatabase, startDatabase } from '../../../scripts/stack';
import { editorToken } from './editorToken';
import { figures, figuresByKind, printFigures, runLoad, serverErrors } from './load';

const webUrl = inject('webUrl');
const cmsUrl = inject('cmsUrl');
const dataDir = inject('dataDir');

/** How fast the CMS must say it cannot answer, and how soon it must be back once the database is. */
const UNAVAILABLE_WITHIN_MS = 3_000;
const RECOVERED_WITHIN_MS = 30_000;

async function timed<T>(step: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await step();
  return { value, ms: Math.round(performance.now() - started) };
}

/** Every entry of the content collections, drafts included, as an editor reads them. */
async function content(token: string): Promise<Record<string, unknown>> {
  const snapshot: Record<string, unknown> = {};
  for (const collection of ['venues', 'neighborhoods', 'guides', 'categories', 'media', 'redirects']) {
    const response = await fetch(
      `${cmsUrl}/api/${collection}?locale=all&depth=0&limit=100&sort=id&draft=true`,
      {
        headers: { authorization: `JWT ${token}` },
      },
    );
    expect(response.status, collection).toBe(200);
    snapshot[collection] = ((await response.json()) as { docs: unknown[] }).docs;
  }
  return snapshot;
}

describe('with PostgreSQL stopped under load and started again', () => {
  it('keeps serving cached pages, fails fast and cleanly, recovers by itself and loses nothing', async () => {
    const token = await editorToken(cmsUrl);
    const before = await content(token);
    const venue = (before.venues as { id: number; slug: { es: string }; teaser: { es: string } }[])[0];
    if (!venue) throw new Error('no venue');
    const paths = [
      `/es/lugares/${venue.slug.es}`,
      '/es',
      '/en',
      '/es/lugares',
      '/sitemap.xml',
      '/es/buscar?q=trotsky',
      '/en/search?q=leon',
    ];
    for (const p of paths) expect((await fetch(`${webUrl}${p}`)).status, p).toBe(200);

    const database = runningDatabase(dataDir);
    if (!database) throw new Error(`no database running in ${databaseDirOf(dataDir)}`);

    let outageOver = false;
    const loadStarted = Date.now();
    const load = runLoad({
      concurrency: 20,
      seconds: 120,
      until: () => outageOver,
      pick: () => {
        const p = paths[Math.floor(Math.random() * paths.length)] ?? '/es';
        return {
          kind: p.includes('buscar') || p.includes('search') ? 'search' : 'cached page',
          url: `${webUrl}${p}`,
        };
      },
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      const stop = await timed(async () => pgCtl(dataDir, ['stop', '-m', 'fast', '-w']));
      expect(runningDatabase(dataDir)).toBeUndefined();

      // The CMS says at once that it cannot answer; it does not hang.
      const read = await timed(() =>
        fetch(`${cmsUrl}/api/venues?limit=1&depth=0`, { signal: AbortSignal.timeout(20_000) }),
      );
      expect(read.value.status).toBe(503);
      expect(read.value.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(read.ms).toBeLessThan(UNAVAILABLE_WITHIN_MS);

      // A write is refused as a whole, quickly.
      const write = await timed(() =>
        fetch(`${cmsUrl}/api/venues/${venue.id}?locale=es`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
          body: JSON.stringify({ teaser: `Escrito durante la caída ${Date.now()}`, _status: 'published' }),
          signal: AbortSignal.timeout(20_000),
        }),
      );
      expect(write.value.status).toBe(503);
      expect(write.ms).toBeLessThan(UNAVAILABLE_WITHIN_MS);

      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const start = await timed(async () => startDatabase(dataDir, database.port));

      // The CMS finds the database again by itself: no restart.
      const recovery = await timed(async () => {
        const deadline = Date.now() + RECOVERED_WITHIN_MS;
        while (Date.now() < deadline) {
          const response = await fetch(`${cmsUrl}/api/venues?limit=1&depth=0`).catch(() => undefined);
          if (response?.status === 200) return true;
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
        return false;
      });
      expect(recovery.value).toBe(true);
      outageOver = true;
      const visits = await load;

      console.log(
        `\nDatabase outage: pg_ctl stop ${stop.ms} ms; CMS read during it ${read.value.status} in ${read.ms} ms; ` +
          `write during it ${write.value.status} in ${write.ms} ms; pg_ctl start ${start.ms} ms; ` +
          `CMS answering 200 again ${recovery.ms} ms after the start`,
      );
      const seconds = (Date.now() - loadStarted) / 1000;
      printFigures(
        `Site for ${seconds.toFixed(1)} s around the outage (cached pages and search)`,
        figures(visits),
        seconds,
      );
      expect(serverErrors(visits)).toBe(0);
      expect(visits.filter((v) => v.status !== 200)).toEqual([]);

      // Nothing lost, nothing half-written.
      expect(await content(token)).toEqual(before);
      // And writes work again.
      const after = await fetch(`${cmsUrl}/api/venues/${venue.id}?locale=es`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
        body: JSON.stringify({ teaser: venue.teaser.es }),
      });
      expect(after.status).toBe(200);
      recordReliability({
        id: 'stack.database-outage',
        area: 'fault',
        tried:
          'PostgreSQL stopped while 20 visitors load cached pages and search, then started again: pages keep coming, the CMS answers 503 fast and recovers by itself, a write during the outage fails cleanly, content compared before and after',
        tries: visits.length + 3,
        held: visits.filter((v) => v.status === 200).length + 3,
        figures: {
          ...figuresByKind(figures(visits)),
          'CMS read during the outage': `${read.value.status} in ${read.ms} ms`,
          'CMS write during the outage': `${write.value.status} in ${write.ms} ms`,
          'CMS answering again after the start (ms)': recovery.ms,
          'collections compared': Object.keys(before).length,
        },
        test: 'apps/web/test/database-outage.test.ts',
      });
    } finally {
      outageOver = true;
      await load;
      if (!runningDatabase(dataDir)) {
        startDatabase(dataDir, database.port);
      }
    }
  }, 240_000);
});
