/**
 * A walk's timetable from its stops' places, visit lengths and open intervals (worked out ahead by
 * `openSchedule` with the rules engine). This module imports no engine and no schema library, so a
 * browser can plan a walk from a cached page as the visitor changes the start
 * (`@paseo/domain/walkPlan`); `planWalk` and `bestOrder` in walk.ts build on it.
 */
import { distanceMeters, type LatLon, walkingMinutes } from './distance.js';
import type { OpenSchedule } from './openNow.js';

/** One stop as the planner needs it. */
export type RouteStop = {
  /** The venue's Spanish slug. */
  venue: string;
  location: LatLon;
  /** How long the visit takes. */
  minutes: number;
  /** The venue's open intervals over the days a plan may fall in; none when its hours are unknown. */
  schedule?: OpenSchedule | undefined;
};

/**
 * What a visitor finds on arrival: open for the whole visit; open but closing before the visit
 * would end; shut (and when it opens, if within the schedule); or unknown (no hours, or a time
 * outside the schedule). Instants are milliseconds since the epoch.
 */
export type StopState =
  | { state: 'open'; closesAt: number | undefined }
  | { state: 'closes-early'; closesAt: number }
  | { state: 'closed'; opensAt: number | undefined }
  | { state: 'unknown' };

/** The walk to a stop from the one before: metres in a straight line, minutes on foot. */
export type Leg = { meters: number; minutes: number };

export type PlannedStop = {
  venue: string;
  /** The walk from the previous stop; none for the first. */
  leg: Leg | undefined;
  arrives: number;
  leaves: number;
  status: StopState;
};

export type WalkPlan = {
  /** The zone whose clock the plan's times are read in. */
  timeZone: string;
  start: number;
  /** When the visitor leaves the last stop. */
  ends: number;
  stops: PlannedStop[];
  meters: number;
  walkingMinutes: number;
};

const minute = 60_000;

/** The walk from one place to another: metres in a straight line, minutes on foot at Paseo's pace. */
export function legBetween(from: LatLon, to: LatLon): Leg {
  // Minutes from the distance before rounding.
  const straight = distanceMeters(from, to);
  return { meters: Math.round(straight), minutes: walkingMinutes(straight) };
}

/** A state the visitor can count on: open for the whole visit, or hours nobody knows. */
export const welcomes = ({ state }: StopState) => state === 'open' || state === 'unknown';

/** Open intervals that touch (a day's end and the next day's start) are one stretch of opening. */
function stretches(intervals: OpenSchedule['intervals']): [number, number][] {
  const merged: [number, number][] = [];
  for (const [opens, closes] of intervals) {
    const last = merged[merged.length - 1];
    if (last && opens <= last[1]) last[1] = Math.max(last[1], closes);
    else merged.push([opens, closes]);
  }
  return merged;
}

/** The state of a venue for a visit from `arrives` to `leaves`. */
export function stateDuring(schedule: OpenSchedule | undefined, arrives: number, leaves: number): StopState {
  if (!schedule || arrives < schedule.from || arrives >= schedule.until) return { state: 'unknown' };
  for (const [opens, closes] of stretches(schedule.intervals)) {
    if (arrives < opens) return { state: 'closed', opensAt: opens };
    if (arrives < closes) {
      // An interval reaching the end of the schedule closes at a time it cannot know.
      const closesAt = closes < schedule.until ? closes : undefined;
      if (closesAt !== undefined && closesAt < leaves) return { state: 'closes-early', closesAt };
      return { state: 'open', closesAt };
    }
  }
  return { state: 'closed', opensAt: undefined };
}

/**
 * The walk's timetable from `start`: each leg walked at Paseo's pace (`walkingMinutes`), each stop
 * visited for its minutes, straight on to the next; a shut door is reported, not waited for.
 */
export function planRoute(stops: readonly RouteStop[], start: Date | number, timeZone: string): WalkPlan {
  const begin = typeof start === 'number' ? start : start.getTime();
  let clock = begin;
  let meters = 0;
  let walking = 0;
  const planned = stops.map((stop, index): PlannedStop => {
    const previous = stops[index - 1];
    const leg = previous ? legBetween(previous.location, stop.location) : undefined;
    if (leg) {
      meters += leg.meters;
      walking += leg.minutes;
      clock += leg.minutes * minute;
    }
    const arrives = clock;
    clock += stop.minutes * minute;
    return {
      venue: stop.venue,
      leg,
      arrives,
      leaves: clock,
      status: stateDuring(stop.schedule, arrives, clock),
    };
  });
  return { timeZone, start: begin, ends: clock, stops: planned, meters, walkingMinutes: walking };
}

/** More stops than this are not reordered: the orders to try grow as the factorial. */
export const maxReorderedStops = 9;

export type BestRouteOrder =
  /** Every stop open on arrival and for the visit; of such orders, the one walked least. */
  | { found: true; order: number[]; plan: WalkPlan }
  /** No order keeps every stop open; `order` leaves the fewest shut (then walks least), `shut` names them. */
  | { found: false; reason: 'always-shut'; order: number[]; plan: WalkPlan; shut: string[] }
  | { found: false; reason: 'too-many-stops'; maxStops: number };

/**
 * The order of the stops that keeps every one open when the visitor arrives and while they stay,
 * walking the least; or, when none does, the order that leaves the fewest shut. `order` holds
 * indices into `stops`. Every order is tried, cutting short any that is already worse than the
 * best found.
 */
export function bestRouteOrder(
  stops: readonly RouteStop[],
  start: Date | number,
  timeZone: string,
): BestRouteOrder {
  if (stops.length > maxReorderedStops) {
    return { found: false, reason: 'too-many-stops', maxStops: maxReorderedStops };
  }
  const begin = typeof start === 'number' ? start : start.getTime();
  // Each stop's intervals merged once, not at every step of the search.
  const merged = stops.map((stop) =>
    stop.schedule
      ? { ...stop, schedule: { ...stop.schedule, intervals: stretches(stop.schedule.intervals) } }
      : stop,
  );
  const legs = stops.map((a) => stops.map((b) => legBetween(a.location, b.location)));
  const noLeg: Leg = { meters: 0, minutes: 0 };
  let best: { shut: number; meters: number; order: number[] } | undefined;
  const order: number[] = [];
  const used = stops.map(() => false);

  const visit = (clock: number, meters: number, shut: number) => {
    if (best && (shut > best.shut || (shut === best.shut && meters >= best.meters))) return;
    if (order.length === stops.length) {
      best = { shut, meters, order: [...order] };
      return;
    }
    const last = order[order.length - 1];
    merged.forEach((stop, index) => {
      if (used[index]) return;
      const leg = last === undefined ? noLeg : (legs[last]?.[index] ?? noLeg);
      const arrives = clock + leg.minutes * minute;
      const leaves = arrives + stop.minutes * minute;
      const closed = welcomes(stateDuring(stop.schedule, arrives, leaves)) ? 0 : 1;
      used[index] = true;
      order.push(index);
      visit(leaves, meters + leg.meters, shut + closed);
      order.pop();
      used[index] = false;
    });
  };
  visit(begin, 0, 0);

  const chosen = best?.order ?? stops.map((_, index) => index);
  const plan = planRoute(
    chosen.map((index) => stops[index] as RouteStop),
    begin,
    timeZone,
  );
  if (best?.shut === 0) return { found: true, order: chosen, plan };
  return {
    found: false,
    reason: 'always-shut',
    order: chosen,
    plan,
    shut: plan.stops.filter((stop) => !welcomes(stop.status)).map((stop) => stop.venue),
  };
}

/** A leg longer than this on foot is flagged: most visitors would take a taxi or the metro. */
export const longLegMinutes = 30;

/** A leg too long for a sensible walk, named by the stops at its ends. */
export type LongLeg = { from: string; to: string; meters: number; minutes: number };

/** The legs between consecutive points longer than `longLegMinutes` on foot. */
export function longLegs(points: readonly { name: string; location: LatLon }[]): LongLeg[] {
  return points.flatMap((point, index) => {
    const previous = points[index - 1];
    if (!previous) return [];
    const leg = legBetween(previous.location, point.location);
    return leg.minutes > longLegMinutes ? [{ from: previous.name, to: point.name, ...leg }] : [];
  });
}

/** How a long leg is flagged to an editor. */
export const longLegMessage = (leg: LongLeg) =>
  `From «${leg.from}» to «${leg.to}» is ${(leg.meters / 1000).toFixed(1)} km, about ${leg.minutes} minutes on foot: longer than a sensible walk (${longLegMinutes} minutes)`;
