/**
 * Distances and walking times between points. This module imports nothing, so the walk planner a
 * browser loads (`@paseo/domain/walkPlan`) carries no schema library.
 */

/** A point's latitude and longitude in WGS 84 degrees (`geoPointSchema` checks them). */
export type LatLon = { latitude: number; longitude: number };

/** Mean Earth radius (IUGG), in metres. */
const EARTH_RADIUS_METERS = 6_371_008.8;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * Great-circle distance between two points on a spherical Earth, in metres. The angle comes from
 * atan2 of its sine and cosine (Vincenty's form for the sphere), which stays accurate for nearby and
 * for nearly opposite points alike; the haversine's arcsine loses precision near the antipode.
 */
export function distanceMeters(a: LatLon, b: LatLon): number {
  const φ1 = toRadians(a.latitude);
  const φ2 = toRadians(b.latitude);
  const Δλ = toRadians(b.longitude - a.longitude);
  const y = Math.hypot(
    Math.cos(φ2) * Math.sin(Δλ),
    Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ),
  );
  const x = Math.sin(φ1) * Math.sin(φ2) + Math.cos(φ1) * Math.cos(φ2) * Math.cos(Δλ);
  return EARTH_RADIUS_METERS * Math.atan2(y, x);
}

/**
 * Walking pace used across Paseo: 4.8 km/h (80 m a minute), with straight-line distances
 * stretched by 1.3 because streets are rarely straight.
 */
export const WALKING_METERS_PER_MINUTE = 80;
export const STREET_DETOUR_FACTOR = 1.3;

/** Minutes on foot for a straight-line distance, rounded up; never less than one. */
export function walkingMinutes(meters: number): number {
  if (!Number.isFinite(meters) || meters < 0) {
    throw new RangeError(`walkingMinutes: expected a distance in metres >= 0, got ${meters}`);
  }
  return Math.max(1, Math.ceil((meters * STREET_DETOUR_FACTOR) / WALKING_METERS_PER_MINUTE));
}
