import { mediaSchema, neighborhoodSchema, venueSchema, walkSchema } from '@paseo/domain';
import type { VenueDoc } from '@paseo/domain/cms';
import {
  localized,
  mediaFromCms,
  mediaPath,
  neighborhoodFromCms,
  venueFromCms,
  walkFromCms,
  withoutEmpty,
} from '@paseo/domain/cms';
import { fixtures } from '@paseo/domain/fixtures';
import { describe, expect, it } from 'vitest';
import { mediaDoc, neighborhoodDoc, venueDoc, walkDoc } from './fakeCms';

const trotsky = fixtures.venues.find((v) => v.slug.es === 'museo-casa-de-leon-trotsky');
if (!trotsky) throw new Error('sample venue missing');

describe('mapping CMS documents to the domain', () => {
  it('reads a walk as the CMS serves it back into the same walk, its stops by venue slug', () => {
    for (const walk of fixtures.walks) {
      const parsed = walkSchema.safeParse(walkFromCms(walkDoc(walk)));
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(parsed.data?.stops).toEqual(walk.stops);
      expect(parsed.data?.reorderable).toBe(walk.reorderable);
    }
  });

  it('leaves out a stop whose venue visitors cannot see', () => {
    const walk = fixtures.walks[0];
    if (!walk) throw new Error('sample walk missing');
    const doc = walkDoc(walk);
    const [first, ...rest] = doc.stops ?? [];
    // An unpublished venue comes back as its bare id.
    const stops = [{ ...first, venue: 999 }, ...rest] as typeof doc.stops;
    expect(walkFromCms({ ...doc, stops }).stops.map((stop) => stop.venue)).toEqual(
      walk.stops.slice(1).map((stop) => stop.venue),
    );
  });

  it('reads a venue as the CMS serves it back into the same venue', () => {
    const parsed = venueSchema.safeParse(venueFromCms(venueDoc(trotsky)));
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    const venue = parsed.data;
    expect(venue?.name).toEqual(trotsky.name);
    expect(venue?.neighborhood).toBe('del-carmen');
    expect(venue?.category).toBe('museum');
    expect(venue?.pinnedNearby).toEqual(trotsky.pinnedNearby);
    expect(venue?.guides).toEqual(trotsky.guides);
    expect(venue?.factChecks[0]?.source.name).toBe(trotsky.factChecks[0]?.source.name);
    expect(venue?.openingHours?.rule).toBe(trotsky.openingHours?.rule);
    expect(venue?.heroImage.url).toBe('/media/sample-trotsky-house.jpg');
  });

  it('turns empty groups and nulls into absent fields', () => {
    // As the CMS sends them: each language of an empty localized field as null.
    const none = { es: null, en: null };
    const doc: VenueDoc = {
      ...venueDoc(trotsky),
      pullQuote: { text: none, attribution: null },
      openingHours: { rule: null, timeZone: 'America/Mexico_City', closures: [], note: none },
      admission: { prices: [], freeDays: [], note: none },
    };
    const venue = venueSchema.parse(venueFromCms(doc));
    expect(venue.pullQuote).toBeUndefined();
    expect(venue.openingHours).toBeUndefined();
    expect(venue.admission).toBeUndefined();
  });

  it('keeps an untranslated field as Spanish only', () => {
    expect(localized({ es: 'Hola', en: null })).toEqual({ es: 'Hola', en: undefined });
    expect(localized({ es: '  ', en: null })).toBeUndefined();
    expect(localized('Solo español')).toEqual({ es: 'Solo español' });
    // A localized field in an array's rows that no language wrote (seen on a walk's stops).
    expect(localized({})).toBeUndefined();
    expect(withoutEmpty({ a: null, b: [null, 'x'], c: '' })).toEqual({ b: ['x'] });
  });

  it('serves media from the site origin, whatever address the CMS gives', () => {
    expect(mediaPath('/api/media/file/a.jpg')).toBe('/media/a.jpg');
    expect(mediaPath('http://localhost:3001/api/media/file/b-800x500.jpg')).toBe('/media/b-800x500.jpg');
    const doc = mediaDoc(trotsky.heroImage);
    // A rendition the store did not make (an upload smaller than it) comes with empty fields.
    doc.sizes = { ...doc.sizes, thumbnail: { url: null, width: null, height: null } };
    const media = mediaSchema.parse(mediaFromCms(doc));
    expect(media.sizes?.og?.url).toBe('/media/sample-trotsky-house-1200x630.jpg');
    // It is left out rather than failing the image.
    expect(media.sizes?.thumbnail).toBeUndefined();
  });

  it('refers to a parent neighborhood by its Spanish slug', () => {
    const delCarmen = fixtures.neighborhoods.find((n) => n.slug.es === 'del-carmen');
    if (!delCarmen) throw new Error('sample neighborhood missing');
    const parsed = neighborhoodSchema.parse(neighborhoodFromCms(neighborhoodDoc(delCarmen)));
    expect(parsed.parent).toBe('coyoacan');
    expect(parsed.boundary?.type).toBe('Polygon');
  });
});
