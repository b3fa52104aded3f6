import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nearby } from './nearby.js';

const place = (slug: string, latitude: number, longitude: number) => ({
  slug: { es: slug },
  location: { latitude, longitude },
});

const origin = place('origin', 19.355, -99.16);
const venues = [
  origin,
  place('far', 19.4, -99.2),
  place('near', 19.3555, -99.16),
  place('middle', 19.36, -99.16),
];

describe('nearby', () => {
  it('lists the closest first, without the origin, with distance and walking time', () => {
    const result = nearby(origin, venues);
    expect(result.map((p) => p.venue.slug.es)).toEqual(['near', 'middle', 'far']);
    expect(result[0]?.meters).toBeCloseTo(55.6, 0);
    expect(result[0]?.walkingMinutes).toBe(1);
    expect(result.every((p) => !p.pinned)).toBe(true);
  });

  it('puts pinned venues first, in the editor’s order, wherever they are', () => {
    const result = nearby(origin, venues, { pinned: ['far', 'middle'], maxMeters: 1000 });
    expect(result.map((p) => [p.venue.slug.es, p.pinned])).toEqual([
      ['far', true],
      ['middle', true],
      ['near', false],
    ]);
  });

  it('ignores a pinned slug that does not exist or is the origin', () => {
    const result = nearby(origin, venues, { pinned: ['gone', 'origin'] });
    expect(result.map((p) => p.venue.slug.es)).toEqual(['near', 'middle', 'far']);
  });

  it('respects limit and maxMeters', () => {
    expect(nearby(origin, venues, { limit: 1 }).map((p) => p.venue.slug.es)).toEqual(['near']);
    expect(nearby(origin, venues, { maxMeters: 1000 }).map((p) => p.venue.slug.es)).toEqual([
      'near',
      'middle',
    ]);
    expect(nearby(origin, venues, { limit: 0 })).toEqual([]);
  });

  it('orders any set of places by distance and never returns the origin', () => {
    const arbitraryPlace = fc.record({
      slug: fc.record({ es: fc.string({ minLength: 1, maxLength: 6 }) }),
      location: fc.record({
        latitude: fc.double({ min: 19.2, max: 19.5, noNaN: true }),
        longitude: fc.double({ min: -99.3, max: -99.0, noNaN: true }),
      }),
    });
    fc.assert(
      fc.property(
        arbitraryPlace,
        fc.array(arbitraryPlace, { maxLength: 30 }),
        fc.nat(40),
        (from, all, limit) => {
          const result = nearby(from, all, { limit });
          const distances = result.map((p) => p.meters);
          const sorted = distances.every((d, i) => i === 0 || (distances[i - 1] ?? 0) <= d);
          const noOrigin = result.every((p) => p.venue.slug.es !== from.slug.es);
          return sorted && noOrigin && result.length <= limit;
        },
      ),
    );
  });
});
