import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OwnPayload, openOwnPayload } from './ownPayload';

/** The seed on a database of its own, through Payload's local API. */
describe('the sample-content seed', () => {
  let payload: Payload;
  let own: OwnPayload | undefined;

  beforeAll(async () => {
    own = await openOwnPayload('seed-test');
    payload = own.payload;
  });

  afterAll(async () => {
    await own?.close();
  });

  const snapshot = async () => {
    const result: Record<string, string[]> = {};
    for (const collection of [
      'venues',
      'neighborhoods',
      'categories',
      'guides',
      'walks',
      'media',
      'users',
    ] as const) {
      const { docs } = await payload.find({ collection, limit: 0, pagination: false, depth: 0, draft: true });
      result[collection] = docs.map((doc) => `${doc.id}@${doc.updatedAt}`).sort();
    }
    return result;
  };

  it('loads every place, neighborhood, guide, walk and category, in both languages', async () => {
    const { seed } = await import('../src/seed');
    const { venues, neighborhoods, guides, walks, categoryFixtures } = await import('@paseo/domain/fixtures');
    const report = await seed(payload);
    expect(report.skipped).toEqual([]);
    const counts = await snapshot();
    expect(counts.venues).toHaveLength(venues.length);
    expect(counts.neighborhoods).toHaveLength(neighborhoods.length);
    expect(counts.guides).toHaveLength(guides.length);
    expect(counts.walks).toHaveLength(walks.length);
    expect(counts.categories).toHaveLength(categoryFixtures.length);
    const trotsky = await payload.find({
      collection: 'venues',
      where: { slug: { equals: 'museo-casa-de-leon-trotsky' } },
      locale: 'all',
      depth: 0,
    });
    const doc = trotsky.docs[0] as unknown as { name: { es: string; en: string }; _status: string };
    expect(doc.name.es).toBe('Museo Casa de León Trotsky');
    expect(doc.name.en).toMatch(/Trotsky House Museum/);
    expect(doc._status).toBe('published');
    const walk = await payload.find({
      collection: 'walks',
      where: { slug: { equals: 'dos-casas-y-un-mercado' } },
      locale: 'all',
      depth: 1,
    });
    const stops = (
      walk.docs[0] as unknown as { stops: { venue: { slug: { es: string } }; lookFor: { en: string } }[] }
    ).stops;
    expect(stops.map((stop) => stop.venue.slug.es)).toEqual([
      'museo-frida-kahlo',
      'mercado-de-coyoacan',
      'museo-casa-de-leon-trotsky',
    ]);
    // The English rides on the rows the Spanish save made.
    expect(stops[0]?.lookFor.en).toMatch(/kitchen/);
  });

  it('changes nothing when run again', async () => {
    const { seed } = await import('../src/seed');
    const before = await snapshot();
    const report = await seed(payload);
    expect(report.created).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a database marked as production', async () => {
    const { seed } = await import('../src/seed');
    await expect(seed(payload, { PASEO_ENV: 'production' })).rejects.toThrow(/production/);
  });
});
