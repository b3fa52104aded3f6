import { describe, expect, inject, it } from 'vitest';
import { recordReliability } from '../../../scripts/reliability';

const webUrl = inject('webUrl');
const cmsUrl = inject('cmsUrl');
const secret = inject('revalidateSecret');
const cmsProcessGroup = inject('cmsProcessGroup');

/** The longest a visitor may wait for a page while the CMS does not answer. */
const FAST_MS = 3_500;

type VenueDoc = { slug: { es: string; en?: string }; name: { es: string; en?: string } };

async function timedGet(path: string) {
  const started = performance.now();
  const response = await fetch(`${webUrl}${path}`, {
    redirect: 'manual',
    signal: AbortSignal.timeout(30_000),
  });
  const html = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    html,
    ms: Math.round(performance.now() - started),
  };
}

describe('with the CMS hanging (its processes stopped, connections left open)', () => {
  it('serves the last good page, or a fast 503 with Retry-After, and recovers when the CMS does', async () => {
    const listing = (await (
      await fetch(`${cmsUrl}/api/venues?locale=all&depth=0&limit=10&sort=-id`)
    ).json()) as {
      docs: VenueDoc[];
    };
    const [republished, neverRendered] = listing.docs;
    if (!republished || !neverRendered) throw new Error('The CMS needs two published venues');
    const republishedPath = `/es/lugares/${republished.slug.es}`;
    const neverRenderedPath = `/en/places/${neverRendered.slug.en ?? neverRendered.slug.es}`;
    expect((await timedGet(republishedPath)).status).toBe(200);
    expect((await timedGet('/en')).status).toBe(200);

    let during: Record<string, string> = {};
    process.kill(-cmsProcessGroup, 'SIGSTOP');
    try {
      // An editor publishes: the page and its data are dropped from the cache just as the CMS hangs.
      const revalidate = await fetch(`${webUrl}/api/revalidate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({ paths: [republishedPath], tags: [`venues:${republished.slug.es}`] }),
      });
      expect(revalidate.status).toBe(200);

      const stale = await timedGet(republishedPath);
      const unavailable = await timedGet(neverRenderedPath);
      const again = await timedGet(neverRenderedPath);
      const cached = await timedGet('/en');
      console.log(
        `\nCMS hanging: republished page ${stale.status} in ${stale.ms} ms; never-rendered page ${unavailable.status} ` +
          `in ${unavailable.ms} ms, then ${again.status} in ${again.ms} ms; cached page ${cached.status} in ${cached.ms} ms`,
      );
      // The last good data stands in.
      expect(stale.status).toBe(200);
      expect(stale.html).toContain(republished.name.es);
      expect(stale.ms).toBeLessThan(FAST_MS);
      // Nothing to stand in: a quick 503 that says when to come back, in the page's language.
      for (const answer of [unavailable, again]) {
        expect(answer.status).toBe(503);
        expect(answer.headers.get('retry-after')).toMatch(/^\d+$/);
        expect(answer.headers.get('cache-control')).toContain('no-store');
        expect(answer.ms).toBeLessThan(FAST_MS);
        // The title is rendered on the server; the message itself by the page's error boundary.
        expect(answer.html).toContain('<title>Temporarily unavailable');
        expect(answer.html).toContain('CMS_UNAVAILABLE');
      }
      // Once the CMS is known to be down, the site does not wait for it at all.
      expect(again.ms).toBeLessThan(1_000);
      expect(cached.status).toBe(200);
      during = {
        'republished page': `${stale.status} in ${stale.ms} ms`,
        'never-rendered page': `${unavailable.status} in ${unavailable.ms} ms, then ${again.status} in ${again.ms} ms`,
        'cached page': `${cached.status} in ${cached.ms} ms`,
      };
    } finally {
      process.kill(-cmsProcessGroup, 'SIGCONT');
    }

    // Back by itself once the CMS answers again, and the 503 was not cached.
    const recovering = performance.now();
    let recovered = await timedGet(neverRenderedPath);
    for (let i = 0; i < 40 && recovered.status !== 200; i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      recovered = await timedGet(neverRenderedPath);
    }
    expect(recovered.status).toBe(200);
    expect(recovered.html).toContain(neverRendered.name.en ?? neverRendered.name.es);
    recordReliability({
      id: 'stack.cms-hanging',
      area: 'fault',
      tried:
        'CMS frozen (SIGSTOP, connections left open) just as a page was republished: the last good page, a fast 503 with Retry-After for a page never rendered, cached pages as before, recovery once the CMS answers',
      tries: 5,
      held: 5,
      figures: {
        ...during,
        'back to 200 after the CMS resumed (ms)': Math.round(performance.now() - recovering),
      },
      test: 'apps/web/test/cms-outage.test.ts',
    });
  }, 120_000);
});
