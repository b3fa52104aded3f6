import { distanceMeters, type GeoPoint, walkingMinutes } from './geo.js';

/** Anything with a place on the map and a Spanish slug to tell it apart. */
export type Locatable = { slug: { es: string }; location: GeoPoint };

export type NearbyOptions = {
  /** How many to return at most, pinned ones included. Default 5. */
  limit?: number;
  /** Leave out computed neighbours farther than this. Pinned ones are kept wherever they are. */
  maxMeters?: number;
  /** Spanish slugs an editor pinned: they come first, in this order. */
  pinned?: readonly string[];
};

export type NearbyPlace<T extends Locatable> = {
  venue: T;
  meters: number;
  walkingMinutes: number;
  pinned: boolean;
};

/**
 * The places nearest to `origin`: pinned ones first, then the closest, never the origin itself.
 * Ties in distance are broken by slug, so the order is stable.
 */
export function nearby<T extends Locatable>(
  origin: Locatable,
  venues: readonly T[],
  { limit = 5, maxMeters = Number.POSITIVE_INFINITY, pinned = [] }: NearbyOptions = {},
): NearbyPlace<T>[] {
  const measure = (venue: T, isPinned: boolean): NearbyPlace<T> => {
    const meters = distanceMeters(origin.location, venue.location);
    return { venue, meters, walkingMinutes: walkingMinutes(meters), pinned: isPinned };
  };
  const others = venues.filter((venue) => venue.slug.es !== origin.slug.es);
  const bySlug = new Map(others.map((venue) => [venue.slug.es, venue]));
  const pinnedPlaces = [...new Set(pinned)]
    .map((slug) => bySlug.get(slug))
    .filter((venue): venue is T => venue !== undefined)
    .map((venue) => measure(venue, true));
  const pinnedSlugs = new Set(pinnedPlaces.map((place) => place.venue.slug.es));
  const closest = others
    .filter((venue) => !pinnedSlugs.has(venue.slug.es))
    .map((venue) => measure(venue, false))
    .filter((place) => place.meters <= maxMeters)
    .sort((a, b) => a.meters - b.meters || a.venue.slug.es.localeCompare(b.venue.slug.es));
  return [...pinnedPlaces, ...closest].slice(0, Math.max(0, limit));
}
