import { venueSchema } from '@paseo/domain';
import { guides, images, neighborhoods, venues as sampleVenues } from '@paseo/domain/fixtures';
import { describe, expect, it } from 'vitest';
import { cityBounds } from './places';
import { generateCityVenues } from './venues';

const city = generateCityVenues(10_000);

describe('a generated city', () => {
  it('is made of venues the domain accepts, every one of the 10,000', { timeout: 60_000 }, () => {
    const refused = city.flatMap((venue, index) => {
      const result = venueSchema.safeParse(venue);
      return result.success ? [] : [`#${index} ${venue.slug.es}: ${result.error.message}`];
    });
    expect(refused).toEqual([]);
  });

  it('gives every venue its own slug in each language, apart from the sample venues', () => {
    for (const locale of ['es', 'en'] as const) {
      const slugs = city.map((venue) => venue.slug[locale]);
      expect(new Set(slugs).size).toBe(city.length);
      const sampleSlugs = sampleVenues.map((venue) => venue.slug[locale]);
      expect(slugs.filter((slug) => sampleSlugs.includes(slug))).toEqual([]);
    }
  });

  it('writes every visitor-facing text in Spanish and in English', () => {
    const untranslated = city.filter(
      (venue) => !venue.name.en || !venue.teaser.en || !venue.description.en?.root.children.length,
    );
    expect(untranslated).toEqual([]);
    // The English is not the Spanish copied over.
    expect(city.filter((venue) => venue.teaser.en === venue.teaser.es)).toEqual([]);
  });

  it('refers only to entries the sample content has', () => {
    const areas = new Set(neighborhoods.filter((n) => n.kind === 'neighborhood').map((n) => n.slug.es));
    const guideSlugs = new Set(guides.map((guide) => guide.slug.es));
    const imageUrls = new Set(Object.values(images).map((image) => image.url));
    for (const venue of city) {
      expect(areas).toContain(venue.neighborhood);
      for (const guide of venue.guides ?? []) expect(guideSlugs).toContain(guide);
      expect(imageUrls).toContain(venue.heroImage.url);
      expect(venue.status).toBe('published');
    }
  });

  it('spreads the venues over the map, in every category', () => {
    for (const { location } of city) {
      expect(location.latitude).toBeGreaterThanOrEqual(cityBounds.south);
      expect(location.latitude).toBeLessThanOrEqual(cityBounds.north);
      expect(location.longitude).toBeGreaterThanOrEqual(cityBounds.west);
      expect(location.longitude).toBeLessThanOrEqual(cityBounds.east);
    }
    const cells = new Set(
      city.map(
        ({ location }) => `${Math.floor(location.latitude * 100)},${Math.floor(location.longitude * 100)}`,
      ),
    );
    // The map is 7 × 8 cells of 0.01°: nearly all of them hold venues.
    expect(cells.size).toBeGreaterThanOrEqual(50);
    expect(new Set(city.map((venue) => venue.category)).size).toBe(12);
    expect(new Set(city.map((venue) => venue.openingHours?.rule)).size).toBeGreaterThan(20);
  });

  it('is the same city for the same seed, and a bigger city starts with the smaller one', () => {
    expect(generateCityVenues(500)).toEqual(city.slice(0, 500));
    const other = generateCityVenues(500, { seed: 7 });
    expect(other.map((venue) => venue.slug.es)).not.toEqual(city.slice(0, 500).map((venue) => venue.slug.es));
  });
});
