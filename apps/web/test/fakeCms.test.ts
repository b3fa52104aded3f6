import { fixtures } from '@paseo/domain/fixtures';
import { describe, expect, inject, it } from 'vitest';
import { type CachedLoader, createCmsClient } from '../src/data/client';
import { createContent } from '../src/data/content';
import { fakeCms } from '../src/data/fakeCms';

const cmsUrl = inject('cmsUrl');

/** No cache between the data layer and either CMS: every read is asked of it. */
const uncached: CachedLoader = (load) => load();

const fake = createContent(
  createCmsClient({ baseUrl: 'http://cms.test', fetch: fakeCms().fetch, cached: uncached }),
);
const real = createContent(createCmsClient({ baseUrl: cmsUrl, cached: uncached }));

/**
 * What differs by nature between the two: the ids each gives its documents and the dates it saved
 * them. Everything else the site reads must be the same.
 */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !['id', 'updatedAt', 'createdAt'].includes(key))
      .map(([key, inner]) => [key, comparable(inner)]),
  );
}

describe('the test double of the CMS', () => {
  it('gives the site the same venue pages as the real CMS, for every sample venue in both languages', async () => {
    for (const venue of fixtures.venues) {
      for (const [locale, slug] of [
        ['es', venue.slug.es],
        ['en', venue.slug.en ?? venue.slug.es],
      ] as const) {
        const [fromFake, fromReal] = await Promise.all([
          fake.venuePage(locale, slug),
          real.venuePage(locale, slug),
        ]);
        expect(fromReal, `${locale} ${slug}`).toBeDefined();
        expect(comparable(fromFake), `${locale} ${slug}`).toEqual(comparable(fromReal));
      }
    }
  });

  it('gives the site the same walk pages as the real CMS, for every sample walk in both languages', async () => {
    for (const walk of fixtures.walks) {
      for (const [locale, slug] of [
        ['es', walk.slug.es],
        ['en', walk.slug.en ?? walk.slug.es],
      ] as const) {
        const [fromFake, fromReal] = await Promise.all([
          fake.walkPage(locale, slug),
          real.walkPage(locale, slug),
        ]);
        expect(fromReal, `${locale} ${slug}`).toBeDefined();
        expect(comparable(fromFake), `${locale} ${slug}`).toEqual(comparable(fromReal));
      }
    }
  });

  // Not the newest venues: other tests save sample venues again, which changes their order.
  it('gives the same lists, neighborhoods, guides and search results', async () => {
    const reads = {
      venues: (content: typeof fake) => content.venues(1),
      neighborhoods: (content: typeof fake) => content.allNeighborhoods(),
      guides: (content: typeof fake) => content.allGuides(),
      walks: (content: typeof fake) => content.allWalks(),
      museums: (content: typeof fake) => content.venuesInCategory('museum', 1),
      delCarmen: (content: typeof fake) => content.venuesInNeighborhoods(['del-carmen'], 1),
      search: (content: typeof fake) => content.search('coyoacan'),
      walkSearch: (content: typeof fake) => content.search('trotsky'),
      slugs: (content: typeof fake) => content.venueSlugPage(1, 250),
    };
    for (const [name, read] of Object.entries(reads)) {
      const [fromFake, fromReal] = await Promise.all([read(fake), read(real)]);
      expect(comparable(fromFake), name).toEqual(comparable(fromReal));
    }
  });
});
