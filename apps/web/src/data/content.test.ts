import { cacheTags, distanceMeters } from '@paseo/domain';
import type { VenueDoc } from '@paseo/domain/cms';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CachedLoader, CircuitBreaker, CmsUnavailableError, createCmsClient } from './client';
import { createContent, VENUES_PER_PAGE } from './content';
import { fakeCms, MAX_PAGE } from './fakeCms';
import { withLastGood } from './lastGood';

/** A stand-in for the framework's data cache: keeps successful results, never thrown ones. */
function recordingCache() {
  const stored = new Map<string, unknown>();
  const calls: { key: string; tags: readonly string[] }[] = [];
  const cached: CachedLoader = async (load, key, tags) => {
    const id = key.join('|');
    calls.push({ key: id, tags });
    if (stored.has(id)) return stored.get(id) as never;
    const value = await load();
    stored.set(id, value);
    return value;
  };
  return { cached, calls, stored };
}

function setup() {
  const cms = fakeCms();
  const cache = recordingCache();
  const content = createContent(
    createCmsClient({ baseUrl: 'http://cms.test', fetch: cms.fetch, cached: cache.cached }),
  );
  return { cms, cache, content };
}

afterEach(() => vi.restoreAllMocks());

describe('the data layer', () => {
  it('assembles a venue page: neighborhood trail, guides, nearby with pinned places first', async () => {
    const { content } = setup();
    const page = await content.venuePage('es', 'museo-casa-de-leon-trotsky');
    expect(page?.venue.name.es).toBe('Museo Casa de León Trotsky');
    expect(page?.trail.map((n) => n.slug.es)).toEqual(['coyoacan', 'del-carmen']);
    expect(page?.guides.map((g) => g.slug.es)).toContain('como-moverse-por-coyoacan');
    const nearby = page?.nearby ?? [];
    expect(nearby.slice(0, 3).map((p) => p.venue.slug.es)).toEqual([
      'museo-frida-kahlo',
      'cineteca-nacional',
      'mercado-de-coyoacan',
    ]);
    expect(nearby.every((p) => p.meters > 0 && p.walkingMinutes >= 1)).toBe(true);
    expect(nearby.map((p) => p.venue.slug.es)).not.toContain('museo-casa-de-leon-trotsky');
    // Computed neighbours come after the pinned ones, closest first.
    const computed = nearby.filter((p) => !p.pinned);
    expect(computed.map((p) => p.meters)).toEqual([...computed.map((p) => p.meters)].sort((a, b) => a - b));
  });

  it('shows the nearest places in a dense city, where a wide box holds more venues than one page', async () => {
    const { content, cms } = setup();
    const venues = cms.docs.venues;
    const museum = venues.find((v) => v.slug?.es === 'museo-casa-de-leon-trotsky');
    if (!museum) throw new Error('no sample museum');
    const at = (slug: string, metersNorth: number, metersEast: number): VenueDoc => ({
      ...structuredClone(museum),
      slug: { es: slug, en: slug },
      pinnedNearby: [],
      location: {
        latitude: museum.location.latitude + metersNorth / 111_320,
        longitude:
          museum.location.longitude +
          metersEast / (111_320 * Math.cos((museum.location.latitude * Math.PI) / 180)),
      },
    });
    // A page's worth of far venues first (the order the CMS would page them in), close ones last.
    const far = Array.from({ length: MAX_PAGE + 20 }, (_, i) => at(`lejos-${i}`, 2_000 + i, 500));
    const close = Array.from({ length: 8 }, (_, i) => at(`cerca-${i}`, 150 + 60 * i, -100));
    cms.docs.venues.unshift(...far);
    cms.docs.venues.push(...close);
    const page = await content.venuePage('es', 'museo-casa-de-leon-trotsky');
    const computed = (page?.nearby ?? []).filter((p) => !p.pinned);
    const pinned = new Set((page?.nearby ?? []).filter((p) => p.pinned).map((p) => p.venue.slug.es));
    const nearest = venues
      .filter((v) => v !== museum && !pinned.has(v.slug?.es ?? ''))
      .map((v) => ({ slug: v.slug?.es, meters: distanceMeters(museum.location, v.location) }))
      .sort((a, b) => a.meters - b.meters)
      .slice(0, computed.length)
      .map((v) => v.slug);
    expect(computed.length).toBeGreaterThan(0);
    expect(computed.map((p) => p.venue.slug.es)).toEqual(nearest);
  });

  it('finds an English page by its English slug, and by the Spanish one when English has none', async () => {
    const { content, cms } = setup();
    expect((await content.venuePage('en', 'leon-trotsky-house-museum'))?.venue.slug.es).toBe(
      'museo-casa-de-leon-trotsky',
    );
    const venue = cms.docs.venues[0] as { slug: { es: string; en: string | null } };
    venue.slug.en = null;
    expect((await content.venuePage('en', venue.slug.es))?.venue.slug.es).toBe(venue.slug.es);
    expect(await content.venuePage('es', 'no-such-place')).toBeUndefined();
  });

  it('leaves out an entry that does not parse, logs it, and keeps the others', async () => {
    const { content, cms } = setup();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = cms.docs.venues[1];
    if (!broken) throw new Error('sample venue missing');
    broken.location = { latitude: 123, longitude: -99.16 };
    const all = (await content.venues(1)).venues;
    expect(all).toHaveLength(cms.docs.venues.length - 1);
    expect(all.map((v) => v.slug.es)).not.toContain(broken.slug?.es);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('location.latitude'));
  });

  it('leaves out an entry that is not the shape the CMS promised, and keeps the others', async () => {
    const { content, cms } = setup();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = cms.docs.venues[2];
    if (!broken) throw new Error('sample venue missing');
    // A row that is not an object: the answer is typed, not checked, until the schema reads it.
    Object.assign(broken, { tips: [null] });
    const all = (await content.venues(1)).venues;
    expect(all).toHaveLength(cms.docs.venues.length - 1);
    expect(all.map((v) => v.slug.es)).not.toContain(broken.slug?.es);
    expect(error).toHaveBeenCalledWith(expect.stringContaining(`left out venue id ${broken.id}`));
  });

  it('tags every cached read with the domain cache tags it depends on', async () => {
    const { content, cache } = setup();
    await content.venuePage('es', 'museo-casa-de-leon-trotsky');
    await content.allGuides();
    const tags = cache.calls.map((call) => call.tags);
    expect(tags).toContainEqual([cacheTags.entry('venues', 'museo-casa-de-leon-trotsky')]);
    expect(tags).toContainEqual([cacheTags.collection('venues')]);
    expect(tags).toContainEqual([cacheTags.collection('neighborhoods')]);
    expect(tags).toContainEqual([cacheTags.collection('guides')]);
    expect(cache.calls.every((call) => call.tags.length > 0 || call.key.includes('where[slug.en]'))).toBe(
      true,
    );
  });

  it('assembles a walk page: its stops in order with their venues’ hours, and the neighborhood trail', async () => {
    const { content } = setup();
    const page = await content.walkPage('es', 'dos-casas-y-un-mercado');
    expect(page?.walk.stops.map((stop) => stop.venue)).toEqual([
      'museo-frida-kahlo',
      'mercado-de-coyoacan',
      'museo-casa-de-leon-trotsky',
    ]);
    expect(page?.venues.find((v) => v.slug.es === 'museo-frida-kahlo')?.openingHours?.rule).toMatch(
      /^Tu,Th-Su/,
    );
    expect(page?.venues.find((v) => v.slug.es === 'museo-frida-kahlo')?.visitMinutes).toBe(90);
    expect(page?.trail.map((n) => n.slug.es)).toEqual(['coyoacan', 'del-carmen']);
    const english = await content.walkPage('en', 'two-houses-and-a-market');
    expect(english?.walk.slug.es).toBe('dos-casas-y-un-mercado');
    expect(await content.walkPage('es', 'two-houses-and-a-market')).toBeUndefined();
    expect((await content.allWalks()).map((walk) => walk.slug.es)).toEqual([
      'barrios-de-churubusco',
      'dos-casas-y-un-mercado',
    ]);
  });

  it('links a venue to the walks that stop at it', async () => {
    const { content } = setup();
    const trotsky = await content.venuePage('es', 'museo-casa-de-leon-trotsky');
    expect(trotsky?.walks.map((walk) => walk.slug.es)).toEqual(['dos-casas-y-un-mercado']);
    const cineteca = await content.venuePage('es', 'cineteca-nacional');
    expect(cineteca?.walks).toEqual([]);
  });

  it('builds a venue page in two rounds of CMS calls, in either language', async () => {
    const cms = fakeCms();
    // Calls are held until the test lets the whole waiting round through at once.
    let waiting: (() => void)[] = [];
    const held = ((input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<void>((resolve) => waiting.push(resolve)).then(() =>
        cms.fetch(input, init),
      )) as typeof fetch;
    const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
    const trotsky = cms.docs.venues.find(
      (doc) => (doc.slug as { es: string }).es === 'museo-casa-de-leon-trotsky',
    ) as { slug: { es: string; en: string | null } };
    for (const [locale, slug, englishSlug] of [
      ['es', 'museo-casa-de-leon-trotsky', 'leon-trotsky-house-museum'],
      ['en', 'leon-trotsky-house-museum', 'leon-trotsky-house-museum'],
      // No English slug: the English page is reached by the Spanish one.
      ['en', 'museo-casa-de-leon-trotsky', null],
    ] as const) {
      trotsky.slug.en = englishSlug;
      const content = createContent(createCmsClient({ baseUrl: 'http://cms.test', fetch: held }));
      let done = false;
      const page = content.venuePage(locale, slug).finally(() => {
        done = true;
      });
      let rounds = 0;
      for (await settle(); !done && waiting.length > 0; await settle()) {
        const round = waiting;
        waiting = [];
        rounds += 1;
        for (const release of round) release();
      }
      expect((await page)?.venue.slug.es).toBe('museo-casa-de-leon-trotsky');
      expect(rounds, `${locale} ${slug}`).toBe(2);
    }
  });

  it('asks the CMS for the few venues nearest the venue, not for every venue', async () => {
    const { content, cms } = setup();
    const page = await content.venuePage('es', 'museo-casa-de-leon-trotsky');
    const nearbyReads = cms.requests
      .map((r) => new URL(r, 'http://cms.test'))
      .filter((url) => url.pathname === '/api/venues/nearest');
    expect(nearbyReads).toHaveLength(1);
    const query = nearbyReads[0]?.searchParams;
    expect(Number(query?.get('latitude'))).toBe(page?.venue.location.latitude);
    expect(Number(query?.get('limit'))).toBeLessThanOrEqual(20);
    // Nothing else asked for venues by place.
    expect(cms.requests.some((r) => r.includes('location.latitude'))).toBe(false);
    expect(page?.nearby.length).toBeGreaterThan(0);
  });

  it('asks for the fields a card shows, not whole venues, in lists, nearby places and search', async () => {
    const { content, cms } = setup();
    await content.venuePage('es', 'museo-casa-de-leon-trotsky');
    await content.venues(1);
    await content.search('trotsky');
    const cardReads = cms.requests
      .filter((r) => r.startsWith('/api/venues'))
      .map((r) => new URL(r, 'http://cms.test').searchParams)
      // The venue itself is read whole: its page shows everything. The search index's stamp
      // reads one date.
      .filter(
        (params) => params.get('where[slug.es][equals]') === null && params.get('select[updatedAt]') === null,
      );
    expect(cardReads.length).toBeGreaterThanOrEqual(3);
    for (const params of cardReads) {
      expect(params.get('select[teaser]')).toBe('true');
      expect(params.get('select[description]')).toBeNull();
      expect(params.get('populate[categories][key]')).toBe('true');
    }
  });

  it('throws instead of caching when the CMS is down or answers with an error', async () => {
    const { content, cms, cache } = setup();
    cms.down = true;
    await expect(content.latestVenues()).rejects.toBeInstanceOf(CmsUnavailableError);
    expect(cache.stored.size).toBe(0);
    cms.down = false;
    cms.fetch = (async () => new Response('oops', { status: 500 })) as typeof fetch;
    const failing = createContent(
      createCmsClient({ baseUrl: 'http://cms.test', fetch: cms.fetch, cached: cache.cached }),
    );
    await expect(failing.allNeighborhoods()).rejects.toBeInstanceOf(CmsUnavailableError);
    expect(cache.stored.size).toBe(0);
  });

  it('does not cache an empty answer from a CMS that has no content yet', async () => {
    const { content, cms, cache } = setup();
    cms.docs.venues = [];
    cms.docs.neighborhoods = [];
    await expect(content.latestVenues()).rejects.toThrow(/no published venues/);
    await expect(content.allNeighborhoods()).rejects.toThrow(/no published neighborhoods/);
    expect(cache.stored.size).toBe(0);
  });

  it('answers searches from a cached index, accent- and case-folded, asking the CMS only to build it', async () => {
    const { content, cms } = setup();
    const first = await content.search('  LEON   trotsky ');
    expect(first.venues.map((v) => v.slug.es)).toContain('museo-casa-de-leon-trotsky');
    const toBuild = cms.requests.length;
    // A read of one date per collection stamps the index and one read per collection builds it;
    // the CMS's own search is never asked.
    expect(toBuild).toBe(8);
    expect(cms.requests.some((r) => decodeURIComponent(r).includes('where[searchText]'))).toBe(false);
    for (const query of ['León', 'coyoacán', 'zzzyyyxxx', 'Frida Kahlo', 'CINETECA'])
      await content.search(query);
    expect(cms.requests.length).toBe(toBuild);
    expect((await content.search('zzzyyyxxx')).venues).toEqual([]);
    // Every word must match, in any order, as the CMS's `like` does.
    const both = await content.search('trotsky museo');
    expect(both.venues.map((v) => v.slug.es)).toEqual(['museo-casa-de-leon-trotsky']);
    expect((await content.search('trotsky kahlo')).venues).toEqual([]);
    expect((await content.search('coyoacan')).neighborhoods.map((n) => n.slug.es)).toContain('coyoacan');
    // A walk is found by its title and teaser, in either language.
    expect((await content.search('market lunch')).walks.map((w) => w.slug.es)).toEqual([
      'dos-casas-y-un-mercado',
    ]);
  });

  it('rebuilds the search index when a venue, neighborhood or guide is published', async () => {
    const cms = fakeCms();
    const stored = new Map<string, { value: unknown; tags: readonly string[] }>();
    const cached: CachedLoader = async (load, key, tags) => {
      const id = key.join('|');
      const hit = stored.get(id);
      if (hit) return hit.value as never;
      const value = await load();
      stored.set(id, { value, tags });
      return value;
    };
    const revalidateTag = (tag: string) => {
      for (const [id, entry] of stored) if (entry.tags.includes(tag)) stored.delete(id);
    };
    const content = createContent(createCmsClient({ baseUrl: 'http://cms.test', fetch: cms.fetch, cached }));
    expect((await content.search('Xochimilco embarcadero')).venues).toEqual([]);
    // A publish: new words, a new date of change.
    const venue = cms.docs.venues[0] as { searchText: string; updatedAt: string };
    venue.searchText = `${venue.searchText} xochimilco embarcadero`;
    venue.updatedAt = '2099-01-01T00:00:00.000Z';
    expect((await content.search('xochimilco embarcadero')).venues).toEqual([]);
    revalidateTag(cacheTags.collection('venues'));
    expect((await content.search('Xochimilco embarcadero')).venues).toHaveLength(1);
  });

  it('does not rebuild the search index when the shared cache only lost its entries', async () => {
    const { content, cms, cache } = setup();
    await content.search('trotsky');
    const built = cms.requests.length;
    // Nothing was published: the shared cache emptied itself (a Redis restart, an eviction).
    cache.stored.clear();
    expect((await content.search('trotsky')).venues).toHaveLength(1);
    const asked = cms.requests.slice(built).map((r) => new URL(r, 'http://cms.test').searchParams);
    // Only the four dates were read again, not the collections.
    expect(asked).toHaveLength(4);
    expect(asked.every((params) => params.get('select[updatedAt]') === 'true')).toBe(true);
  });

  it('answers a search from the last good index while the CMS is down, and rebuilds it once the CMS is back', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const cms = fakeCms();
    const stored = new Map<string, { value: unknown; tags: readonly string[] }>();
    const cache: CachedLoader = async (load, key, tags) => {
      const id = key.join('|');
      const hit = stored.get(id);
      if (hit) return hit.value as never;
      const value = await load();
      stored.set(id, { value, tags });
      return value;
    };
    const content = createContent(
      createCmsClient({
        baseUrl: 'http://cms.test',
        fetch: cms.fetch,
        cached: withLastGood(cache),
        // No cool-down: the CMS is asked again as soon as it is back.
        breaker: new CircuitBreaker(3, 0),
      }),
    );
    expect((await content.search('trotsky')).venues).toHaveLength(1);
    // A publish (new words for a venue) empties the cache just as the CMS goes down.
    const venue = cms.docs.venues[0] as { searchText: string; updatedAt: string };
    venue.searchText = `${venue.searchText} embarcadero`;
    venue.updatedAt = '2099-01-01T00:00:00.000Z';
    stored.clear();
    cms.down = true;
    expect((await content.search('trotsky')).venues).toHaveLength(1);
    expect((await content.search('embarcadero')).venues).toEqual([]);
    cms.down = false;
    // The first search after the outage lets the breaker's one probe through; the next rebuilds
    // the index, which the failed rebuilds had not marked current.
    await content.search('embarcadero');
    expect((await content.search('embarcadero')).venues).toHaveLength(1);
  });

  it('reads lists longer than one CMS page completely, page by page', async () => {
    const { content, cms } = setup();
    const template = cms.docs.guides[0];
    if (!template) throw new Error('sample guide missing');
    cms.docs.guides = Array.from({ length: 2 * MAX_PAGE + 30 }, (_, i) => ({
      ...template,
      id: 10_000 + i,
      slug: { es: `guia-${String(i).padStart(3, '0')}`, en: null },
    }));
    const all = await content.allGuides();
    expect(all).toHaveLength(2 * MAX_PAGE + 30);
    expect(new Set(all.map((g) => g.slug.es)).size).toBe(all.length);
    const pages = cms.requests.map((r) => new URL(r, 'http://x').searchParams);
    expect(pages.map((p) => p.get('page'))).toEqual(['1', '2', '3']);
    expect(pages.every((p) => p.get('pagination') === null && Number(p.get('limit')) <= MAX_PAGE)).toBe(true);
  });

  it('lists venues a page at a time, each once, with how many pages there are', async () => {
    const { content, cms } = setup();
    const template = cms.docs.venues[0];
    if (!template) throw new Error('sample venue missing');
    // Stored newest first, listed by Spanish slug.
    cms.docs.venues = Array.from({ length: 2 * VENUES_PER_PAGE + 5 }, (_, i) => ({
      ...template,
      id: 10_000 + i,
      slug: { es: `lugar-${String(100 - i).padStart(3, '0')}`, en: `place-${i}` },
    }));
    const pages = await Promise.all([1, 2, 3].map((page) => content.venues(page)));
    expect(pages.map((p) => p.venues.length)).toEqual([VENUES_PER_PAGE, VENUES_PER_PAGE, 5]);
    expect(pages.map((p) => [p.page, p.totalPages, p.totalVenues])).toEqual([
      [1, 3, 2 * VENUES_PER_PAGE + 5],
      [2, 3, 2 * VENUES_PER_PAGE + 5],
      [3, 3, 2 * VENUES_PER_PAGE + 5],
    ]);
    const slugs = pages.flatMap((p) => p.venues.map((v) => v.slug.es));
    expect(slugs).toEqual(cms.docs.venues.map((v) => v.slug?.es).sort());
    // One request a page, for that page only.
    const asked = cms.requests.map((r) => new URL(r, 'http://x').searchParams);
    expect(asked.map((q) => [q.get('page'), q.get('limit'), q.get('sort')])).toEqual([
      ['1', String(VENUES_PER_PAGE), 'slug.es'],
      ['2', String(VENUES_PER_PAGE), 'slug.es'],
      ['3', String(VENUES_PER_PAGE), 'slug.es'],
    ]);
    expect((await content.venues(4)).venues).toEqual([]);
  });

  it('follows a recorded redirect only to a path on this site', async () => {
    const { content, cms } = setup();
    const saved = { createdAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:00:00.000Z' };
    cms.docs.redirects = [
      {
        id: 1,
        from: '/es/lugares/casa-trotsky',
        to: { type: 'custom', url: '/es/lugares/museo-casa-de-leon-trotsky' },
        ...saved,
      },
      { id: 2, from: '/es/lugares/fuera', to: { type: 'custom', url: 'https://example.com/' }, ...saved },
      { id: 3, from: '/es/lugares/dos-barras', to: { type: 'custom', url: '//evil.example/' }, ...saved },
      { id: 4, from: '/es/lugares/diagonal', to: { type: 'custom', url: '/\\evil.example' }, ...saved },
    ];
    expect(await content.redirectFor('/es/lugares/casa-trotsky')).toBe(
      '/es/lugares/museo-casa-de-leon-trotsky',
    );
    expect(await content.redirectFor('/es/lugares/fuera')).toBeUndefined();
    expect(await content.redirectFor('/es/lugares/nada')).toBeUndefined();
    expect(await content.redirectFor('/es/lugares/dos-barras')).toBeUndefined();
    expect(await content.redirectFor('/es/lugares/diagonal')).toBeUndefined();
  });
});
