import { z } from 'zod';

/** A point on the Earth, with its axes named so nobody swaps them. WGS 84 degrees. */
export const geoPointSchema = z.object({
  latitude: z
    .number({ error: 'Latitude must be a number' })
    .min(-90, 'Latitude must be between -90 and 90')
    .max(90, 'Latitude must be between -90 and 90'),
  longitude: z
    .number({ error: 'Longitude must be a number' })
    .min(-180, 'Longitude must be between -180 and 180')
    .max(180, 'Longitude must be between -180 and 180'),
});
export type GeoPoint = z.infer<typeof geoPointSchema>;

export {
  distanceMeters,
  type LatLon,
  STREET_DETOUR_FACTOR,
  WALKING_METERS_PER_MINUTE,
  walkingMinutes,
} from './distance.js';

/**
 * A link that opens walking directions in the visitor's map app: to one point from wherever they
 * are, or through several in order (the first the origin, the last the destination, the others
 * waypoints).
 */
export function directionsUrl(...points: GeoPoint[]): string {
  const at = (point: GeoPoint) => `${point.latitude},${point.longitude}`;
  const url = new URL('https://www.google.com/maps/dir/');
  url.searchParams.set('api', '1');
  url.searchParams.set('travelmode', 'walking');
  const origin = points.length > 1 ? points[0] : undefined;
  const destination = points[points.length - 1];
  if (origin) url.searchParams.set('origin', at(origin));
  if (destination) url.searchParams.set('destination', at(destination));
  if (points.length > 2) url.searchParams.set('waypoints', points.slice(1, -1).map(at).join('|'));
  return url.toString();
}
