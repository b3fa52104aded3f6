import {
  headerIssues,
  refuseRepeatedSlugs,
  type VenueFile,
  type VenueFileRow,
  type VenueRecordInput,
  venueFromRow,
  venueToRow,
} from './venueTable.js';

/** A point feature of a venue; its properties are the table's columns, coordinates aside. */
export type VenueFeature = {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, string>;
};
export type VenueFeatureCollection = { type: 'FeatureCollection'; features: VenueFeature[] };

const coordinates = new Set(['latitude', 'longitude']);

/**
 * Venues as a GeoJSON FeatureCollection of points, in the form `venuesFromGeoJson` reads: each
 * feature's properties are the CSV's columns (empty ones left out); its point is the location.
 */
export function venuesToGeoJson(venues: readonly VenueRecordInput[]): VenueFeatureCollection {
  return {
    type: 'FeatureCollection',
    features: venues.map((venue) => {
      const row = venueToRow(venue);
      return {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [venue.location.longitude, venue.location.latitude] },
        properties: Object.fromEntries(
          Object.entries(row).filter(([name, cell]) => cell !== '' && !coordinates.has(name)),
        ),
      };
    }),
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A property as a cell: text as it is, numbers and booleans written out, lists one item a line. */
function cellOf(value: unknown): string | undefined {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join('\n');
  return undefined;
}

function featureRow(feature: unknown, row: number): VenueFileRow {
  const refuse = (column: string, message: string): VenueFileRow => ({
    row,
    issues: [{ row, column, message }],
  });
  if (!isObject(feature) || feature.type !== 'Feature') return refuse('—', 'Not a GeoJSON Feature');
  const geometry = feature.geometry;
  if (!isObject(geometry) || geometry.type !== 'Point' || !Array.isArray(geometry.coordinates)) {
    return refuse('geometry', 'A venue is a Point with [longitude, latitude]');
  }
  const properties = isObject(feature.properties) ? feature.properties : {};
  const names = Object.keys(properties).map((name) => name.trim().toLowerCase());
  const unknown = headerIssues(names).map((issue) => ({ ...issue, row }));
  if (unknown.length > 0) return { row, issues: unknown };
  const cells: Record<string, string> = {};
  for (const [name, value] of Object.entries(properties)) {
    const cell = cellOf(value);
    if (cell === undefined) return refuse(name, 'Must be text, a number or a list of text');
    cells[name.trim().toLowerCase()] = cell;
  }
  const [longitude, latitude] = geometry.coordinates.map((axis) => cellOf(axis) ?? '');
  return venueFromRow({ ...cells, longitude: longitude ?? '', latitude: latitude ?? '' }, row);
}

/**
 * Venues from a GeoJSON FeatureCollection of points (text or parsed), one feature a venue, its
 * properties named as the CSV's columns. Features are numbered from 1.
 */
export function venuesFromGeoJson(input: unknown): VenueFile {
  let json = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (error) {
      return {
        rows: [],
        issues: [{ row: 0, column: '—', message: `Not valid JSON: ${(error as Error).message}` }],
        columns: [],
      };
    }
  }
  if (!isObject(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    return {
      rows: [],
      issues: [{ row: 0, column: '—', message: 'Expected a GeoJSON FeatureCollection' }],
      columns: [],
    };
  }
  // A feature's columns are its properties and its point.
  const columns = new Set(['latitude', 'longitude']);
  for (const feature of json.features) {
    const properties = isObject(feature) && isObject(feature.properties) ? feature.properties : {};
    for (const name of Object.keys(properties)) columns.add(name.trim().toLowerCase());
  }
  return {
    rows: refuseRepeatedSlugs(json.features.map((feature, index) => featureRow(feature, index + 1))),
    issues: [],
    columns: [...columns],
  };
}
