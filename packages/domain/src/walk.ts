import { z } from 'zod';
import type { LatLon } from './distance.js';
import { type Locale, localize, localizedLine, localizedText } from './locale.js';
import { mediaSchema } from './media.js';
import { defaultTimeZone, openSchedule } from './openingHours.js';
import { localizedRichText } from './richText.js';
import { localizedSlug, slugSchema } from './slug.js';
import {
  publicationStatusSchema,
  sourceSchema,
  teaserSchema,
  type Venue,
  visitMinutesSchema,
} from './venue.js';
import { type BestRouteOrder, bestRouteOrder, planRoute, type RouteStop, type WalkPlan } from './walkPlan.js';

/**
 * Fewer stops is a visit, not a walk. At most eleven: a map app's directions link carries the
 * stops between the first and the last as up to nine waypoints (`directionsUrl`).
 */
export const walkStopLimits = { min: 2, max: 11 } as const;

/** A visit's length when neither the walk nor the venue says: most museums take about this. */
export const defaultVisitMinutes = 45;

/**
 * Where the same venue comes back in a list of stops: each later stop with the first one it repeats
 * (indices from 0). Stops are told apart by whatever identifies their venue (a slug, an id).
 */
export function repeatedStops(venues: readonly unknown[]): { index: number; first: number }[] {
  const seen = new Map<unknown, number>();
  const repeats: { index: number; first: number }[] = [];
  venues.forEach((venue, index) => {
    const first = seen.get(venue);
    if (first === undefined) seen.set(venue, index);
    else repeats.push({ index, first });
  });
  return repeats;
}

/** The message for a stop that repeats an earlier one (`name` as editors know the venue). */
export const repeatedStopMessage = (name: string, index: number, first: number) =>
  `«${name}» is already stop ${first + 1}: a walk visits each venue once (stop ${index + 1})`;

export const stopCountMessage = `A walk has ${walkStopLimits.min} to ${walkStopLimits.max} stops`;

export const walkStopSchema = z.object({
  /** The venue's Spanish slug. */
  venue: slugSchema,
  /** What to look at there. */
  lookFor: localizedText.optional(),
  /** How long to stay; the venue's own time needed when absent. */
  minutes: visitMinutesSchema.optional(),
  /** Directions or a remark for the way here from the previous stop. */
  wayHere: localizedText.optional(),
});
export type WalkStop = z.infer<typeof walkStopSchema>;

/** A walk through a neighborhood: its stops in order, each a venue, and what to see on the way. */
export const walkSchema = z.object({
  title: localizedLine,
  slug: localizedSlug,
  status: publicationStatusSchema,
  teaser: teaserSchema,
  introduction: localizedRichText,
  /** The neighborhood's Spanish slug. */
  neighborhood: slugSchema,
  heroImage: mediaSchema,
  stops: z
    .array(walkStopSchema)
    .min(walkStopLimits.min, stopCountMessage)
    .max(walkStopLimits.max, stopCountMessage)
    .superRefine((stops, ctx) => {
      for (const { index, first } of repeatedStops(stops.map((stop) => stop.venue))) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'venue'],
          message: repeatedStopMessage(stops[index]?.venue ?? '', index, first),
        });
      }
    }),
  /** Whether visitors may be offered another order of the stops (`bestOrder`). */
  reorderable: z.boolean().default(false),
  verifiedAt: z.iso.date({ error: 'Use a date in the form YYYY-MM-DD' }).optional(),
  sources: z.array(sourceSchema).default([]),
  updatedAt: z.iso.datetime({ offset: true }).optional(),
});
export type WalkInput = z.input<typeof walkSchema>;
export type Walk = z.output<typeof walkSchema>;

/** What a walk reads of each of its venues. */
export type WalkVenue = Pick<Venue, 'slug' | 'name' | 'location' | 'openingHours' | 'visitMinutes'>;

/** The venues of the walk's stops, in order; a stop whose venue is not given is an error. */
export function stopVenues<V extends Pick<Venue, 'slug'>>(
  walk: Pick<Walk, 'stops'>,
  venues: readonly V[],
): V[] {
  const bySlug = new Map(venues.map((venue) => [venue.slug.es, venue]));
  return walk.stops.map((stop) => {
    const venue = bySlug.get(stop.venue);
    if (!venue) throw new Error(`The walk's stop «${stop.venue}» is not among the venues given`);
    return venue;
  });
}

/** How long a stop's visit takes: the walk's word, else the venue's, else the usual. */
export function stopMinutes(stop: Pick<WalkStop, 'minutes'>, venue: Pick<Venue, 'visitMinutes'>): number {
  return stop.minutes ?? venue.visitMinutes ?? defaultVisitMinutes;
}

/** The zone a walk's times are read in: that of the first of its venues with opening hours. */
export function walkTimeZone(venues: readonly Pick<Venue, 'openingHours'>[]): string {
  return venues.find((venue) => venue.openingHours)?.openingHours?.timeZone ?? defaultTimeZone;
}

/** The stops as the planner reads them, without opening hours. */
function bareRoute(walk: Pick<Walk, 'stops'>, own: readonly WalkVenue[]): RouteStop[] {
  return walk.stops.map((stop, index) => {
    const venue = own[index] as WalkVenue;
    return { venue: venue.slug.es, location: venue.location, minutes: stopMinutes(stop, venue) };
  });
}

/** Each stop with its venue's open intervals for `days` days from `from`. */
function withSchedules(route: readonly RouteStop[], own: readonly WalkVenue[], from: Date, days: number) {
  return route.map((stop, index): RouteStop => {
    const hours = own[index]?.openingHours;
    return { ...stop, schedule: hours ? openSchedule(hours, from, days) : undefined };
  });
}

/**
 * The stops as the planner reads them, each with its venue's open intervals for `days` days from
 * `from`. A page sends these to the browser, which plans any start within them without the engine.
 */
export function walkRoute(walk: Pick<Walk, 'stops'>, venues: readonly WalkVenue[], from: Date, days: number) {
  const own = stopVenues(walk, venues);
  return withSchedules(bareRoute(walk, own), own, from, days);
}

/** The route from `start` with opening hours far enough ahead to cover the whole walk. */
function routeFrom(walk: Pick<Walk, 'stops'>, venues: readonly WalkVenue[], start: Date) {
  const own = stopVenues(walk, venues);
  const timeZone = walkTimeZone(own);
  const bare = bareRoute(walk, own);
  const { ends } = planRoute(bare, start, timeZone);
  const days = 1 + Math.ceil((ends - start.getTime()) / (24 * 60 * 60_000));
  return { route: withSchedules(bare, own, start, days), timeZone };
}

/**
 * A walk's timetable from `start`: each leg's metres and minutes on foot, arrival and departure at
 * each stop, each stop's state on arrival, and the totals. Times are instants; `timeZone` is the
 * clock they are read on (the venues').
 */
export function planWalk(walk: Pick<Walk, 'stops'>, venues: readonly WalkVenue[], start: Date): WalkPlan {
  const { route, timeZone } = routeFrom(walk, venues, start);
  return planRoute(route, start, timeZone);
}

export type BestOrder = BestRouteOrder | { found: false; reason: 'fixed-order' };

/**
 * For a walk its editor lets visitors reorder: the order of its stops that keeps each open on
 * arrival and for the visit and walks the least, or why none does (see `bestRouteOrder`).
 */
export function bestOrder(
  walk: Pick<Walk, 'stops' | 'reorderable'>,
  venues: readonly WalkVenue[],
  start: Date,
): BestOrder {
  if (!walk.reorderable) return { found: false, reason: 'fixed-order' };
  const { route, timeZone } = routeFrom(walk, venues, start);
  return bestRouteOrder(route, start, timeZone);
}

type GeoJsonPosition = [longitude: number, latitude: number];
const position = (point: LatLon): GeoJsonPosition => [point.longitude, point.latitude];

export type WalkGeoJson = {
  type: 'FeatureCollection';
  features: (
    | {
        type: 'Feature';
        geometry: { type: 'LineString'; coordinates: GeoJsonPosition[] };
        properties: { name: string };
      }
    | {
        type: 'Feature';
        geometry: { type: 'Point'; coordinates: GeoJsonPosition };
        properties: { name: string; stop: number; venue: string };
      }
  )[];
};

/** The route as GeoJSON (RFC 7946): the line through the stops, then each stop as a point. */
export function walkGeoJson(
  walk: Pick<Walk, 'stops' | 'title'>,
  venues: readonly WalkVenue[],
  locale: Locale,
): WalkGeoJson {
  const own = stopVenues(walk, venues);
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: own.map((venue) => position(venue.location)) },
        properties: { name: localize(walk.title, locale) },
      },
      ...own.map((venue, index) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: position(venue.location) },
        properties: { name: localize(venue.name, locale), stop: index + 1, venue: venue.slug.es },
      })),
    ],
  };
}

const xmlText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The route as GPX 1.1 for walking apps: each stop a waypoint, and the route through them. */
export function walkGpx(
  walk: Pick<Walk, 'stops' | 'title'>,
  venues: readonly WalkVenue[],
  { locale, url }: { locale: Locale; url?: string },
): string {
  const own = stopVenues(walk, venues);
  const name = xmlText(localize(walk.title, locale));
  const point = (tag: string, venue: WalkVenue, indent: string) =>
    `${indent}<${tag} lat="${venue.location.latitude}" lon="${venue.location.longitude}"><name>${xmlText(localize(venue.name, locale))}</name></${tag}>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gpx version="1.1" creator="Paseo" xmlns="http://www.topografix.com/GPX/1/1">',
    `  <metadata><name>${name}</name>${url ? `<link href="${xmlText(url)}"/>` : ''}</metadata>`,
    ...own.map((venue) => point('wpt', venue, '  ')),
    `  <rte><name>${name}</name>`,
    ...own.map((venue) => point('rtept', venue, '    ')),
    '  </rte>',
    '</gpx>',
    '',
  ].join('\n');
}
