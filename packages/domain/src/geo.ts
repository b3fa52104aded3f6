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

/** A link that opens walking directions to the point in the visitor's map app. */
export function directionsUrl(point: GeoPoint): string {
  const destination = `${point.latitude},${point.longitude}`;
  return `https://www.google.com/maps/dir/?api=1&travelmode=walking&destination=${encodeURIComponent(destination)}`;
}
