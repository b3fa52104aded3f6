import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { directionsUrl, distanceMeters, geoPointSchema, walkingMinutes } from './geo.js';

const trotskyHouse = { latitude: 19.35533, longitude: -99.15654 };
const casaAzul = { latitude: 19.35523, longitude: -99.16244 };

const point = fc.record({
  latitude: fc.double({ min: -90, max: 90, noNaN: true }),
  longitude: fc.double({ min: -180, max: 180, noNaN: true }),
});

describe('distanceMeters', () => {
  it('measures the walk between two Coyoacán museums', () => {
    // 0.0059° of longitude at 19.36° N is about 619 m.
    expect(distanceMeters(trotskyHouse, casaAzul)).toBeGreaterThan(600);
    expect(distanceMeters(trotskyHouse, casaAzul)).toBeLessThan(640);
  });

  it('measures a quarter of the Earth from the pole to the equator', () => {
    const quarter = distanceMeters({ latitude: 90, longitude: 0 }, { latitude: 0, longitude: 45 });
    expect(quarter).toBeCloseTo((Math.PI / 2) * 6_371_008.8, 0);
  });

  it('is symmetric, zero to itself and never negative', () => {
    fc.assert(
      fc.property(point, point, (a, b) => {
        const ab = distanceMeters(a, b);
        return Math.abs(ab - distanceMeters(b, a)) < 1e-6 && ab >= 0 && distanceMeters(a, a) === 0;
      }),
    );
  });

  it('stays accurate for nearly opposite points', () => {
    const a = { latitude: 0, longitude: 0 };
    const b = { latitude: 6.037091348628667e-7, longitude: 0 };
    const c = { latitude: 0, longitude: 179.99999790869023 };
    expect(distanceMeters(a, c)).toBeLessThanOrEqual(distanceMeters(a, b) + distanceMeters(b, c) + 1e-3);
    expect(distanceMeters({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 })).toBeCloseTo(
      Math.PI * 6_371_008.8,
      3,
    );
  });

  it('obeys the triangle inequality', () => {
    fc.assert(
      fc.property(point, point, point, (a, b, c) => {
        // A millimetre of slack for floating point over distances of up to 20,000 km.
        return distanceMeters(a, c) <= distanceMeters(a, b) + distanceMeters(b, c) + 1e-3;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('walkingMinutes', () => {
  it('walks 80 m a minute on streets 1.3 times longer than the straight line', () => {
    expect(walkingMinutes(800)).toBe(13);
    expect(walkingMinutes(0)).toBe(1);
  });

  it('never decreases with distance', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (a, b) => (a <= b ? walkingMinutes(a) <= walkingMinutes(b) : walkingMinutes(a) >= walkingMinutes(b)),
      ),
    );
  });

  it('refuses a negative distance', () => {
    expect(() => walkingMinutes(-1)).toThrow(RangeError);
  });
});

describe('geoPointSchema', () => {
  it('names the axis that is out of range', () => {
    const result = geoPointSchema.safeParse({ latitude: 99.1, longitude: -19.3 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['latitude']]);
    expect(result.error?.issues[0]?.message).toMatch(/Latitude must be between -90 and 90/);
  });

  it('rejects a longitude past 180', () => {
    const result = geoPointSchema.safeParse({ latitude: 19.3, longitude: -199.1 });
    expect(result.error?.issues[0]?.path).toEqual(['longitude']);
  });
});

describe('directionsUrl', () => {
  it('asks the map app for walking directions to the point', () => {
    const url = new URL(directionsUrl(trotskyHouse));
    expect(url.searchParams.get('destination')).toBe('19.35533,-99.15654');
    expect(url.searchParams.get('travelmode')).toBe('walking');
    // From wherever the visitor is.
    expect(url.searchParams.has('origin')).toBe(false);
  });

  // A walk's stops: Frida Kahlo, the market, Trotsky, the Cineteca.
  const F = { latitude: 19.35503, longitude: -99.16284 };
  const M = { latitude: 19.35262, longitude: -99.16215 };
  const T = { latitude: 19.3566, longitude: -99.1596 };
  const C = { latitude: 19.3603, longitude: -99.1644 };

  it('walks from the first point to the last through the others in order', () => {
    const url = new URL(directionsUrl(F, M, T, C));
    expect(`${url.origin}${url.pathname}`).toBe('https://www.google.com/maps/dir/');
    expect(url.searchParams.get('api')).toBe('1');
    expect(url.searchParams.get('travelmode')).toBe('walking');
    expect(url.searchParams.get('origin')).toBe('19.35503,-99.16284');
    expect(url.searchParams.get('destination')).toBe('19.3603,-99.1644');
    expect(url.searchParams.get('waypoints')).toBe('19.35262,-99.16215|19.3566,-99.1596');
  });

  it('has no waypoints for two points', () => {
    const url = new URL(directionsUrl(F, C));
    expect(url.searchParams.get('origin')).toBe('19.35503,-99.16284');
    expect(url.searchParams.get('destination')).toBe('19.3603,-99.1644');
    expect(url.searchParams.has('waypoints')).toBe(false);
  });
});
