import { describe, expect, it } from 'vitest';
import { venueRecords } from './fixtures/index.js';
import { venuesFromGeoJson, venuesToGeoJson } from './venueGeoJson.js';

describe('venuesToGeoJson and venuesFromGeoJson', () => {
  it('writes each sample venue as a point with its columns as properties, and reads them back', () => {
    const collection = venuesToGeoJson(venueRecords);
    const [first] = collection.features;
    expect(first?.geometry.coordinates).toEqual([
      venueRecords[0]?.location.longitude,
      venueRecords[0]?.location.latitude,
    ]);
    expect(first?.properties).not.toHaveProperty('latitude');
    expect(first?.properties.slug_es).toBe(venueRecords[0]?.slug.es);
    const file = venuesFromGeoJson(JSON.stringify(collection));
    expect(file.issues).toEqual([]);
    expect(file.rows.map((row) => ('venue' in row ? row.venue : row))).toEqual(venueRecords);
  });

  it('reads coordinates and numbers given as text, and lists given as arrays', () => {
    const feature = venuesToGeoJson(venueRecords.slice(0, 1)).features[0];
    if (!feature) throw new Error('no feature');
    const loose = {
      ...feature,
      geometry: { type: 'Point', coordinates: ['-99.1596', '19.3566'] },
      properties: { ...feature.properties, visit_minutes: 90, guides: ['como-moverse-por-coyoacan'] },
    };
    const [row] = venuesFromGeoJson({ type: 'FeatureCollection', features: [loose] }).rows;
    expect(row && 'venue' in row && row.venue).toMatchObject({
      location: { latitude: 19.3566, longitude: -99.1596 },
      visitMinutes: 90,
      guides: ['como-moverse-por-coyoacan'],
    });
  });

  it('names the feature and the property of each refusal, and refuses what is not a FeatureCollection', () => {
    const [feature] = venuesToGeoJson(venueRecords.slice(0, 1)).features;
    const features = [
      { ...feature, properties: { ...feature?.properties, nombre: 'x' } },
      { ...feature, geometry: { type: 'LineString', coordinates: [] } },
    ];
    const file = venuesFromGeoJson({ type: 'FeatureCollection', features });
    expect(file.rows).toEqual([
      { row: 1, issues: [expect.objectContaining({ row: 1, column: 'nombre' })] },
      {
        row: 2,
        issues: [{ row: 2, column: 'geometry', message: 'A venue is a Point with [longitude, latitude]' }],
      },
    ]);
    expect(venuesFromGeoJson('{"type":"Feature"}').issues[0]?.message).toBe(
      'Expected a GeoJSON FeatureCollection',
    );
    expect(venuesFromGeoJson('{').issues[0]?.message).toMatch(/^Not valid JSON/);
  });
});
