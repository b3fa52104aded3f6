import { describe, expect, it } from 'vitest';
import { fixtures } from './fixtures/index.js';
import { openSchedule } from './openingHours.js';
import type { OpenSchedule } from './openNow.js';
import {
  bestRouteOrder,
  longLegMessage,
  longLegMinutes,
  longLegs,
  maxReorderedStops,
  planRoute,
  type RouteStop,
  stateDuring,
  type WalkPlan,
} from './walkPlan.js';
import { instantAt, wallClock } from './wallClock.js';

const MIN = 60_000;
const HOUR = 60 * MIN;
const mexico = 'America/Mexico_City';

const frida = 'museo-frida-kahlo';
const market = 'mercado-de-coyoacan';
const trotsky = 'museo-casa-de-leon-trotsky';

/** A fixture venue as the planner reads it, its hours worked out for three days from `from`. */
function stopAt(slug: string, from: number): RouteStop {
  const venue = fixtures.venues.find((v) => v.slug.es === slug);
  if (!venue?.openingHours) throw new Error(`no fixture venue ${slug} with hours`);
  return {
    venue: slug,
    location: venue.location,
    minutes: venue.visitMinutes ?? 45,
    schedule: openSchedule(venue.openingHours, new Date(from), 3),
  };
}

/** Frida (90 min), the market (60) and Trotsky (75), in the sample walk's order. */
const sampleRoute = (from: number) => [stopAt(frida, from), stopAt(market, from), stopAt(trotsky, from)];

const welcomed = (plan: WalkPlan) =>
  plan.stops.every((stop) => stop.status.state === 'open' || stop.status.state === 'unknown');

const permutations = (items: number[]): number[][] =>
  items.length <= 1
    ? [items]
    : items.flatMap((item, i) =>
        permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
      );

// A synthetic schedule in minutes from 0 to 100: [10,20] and [20,30] touch, [50,100] reaches the end.
const schedule: OpenSchedule = {
  timeZone: 'UTC',
  from: 0,
  until: 100 * MIN,
  intervals: [
    [10 * MIN, 20 * MIN],
    [20 * MIN, 30 * MIN],
    [50 * MIN, 100 * MIN],
  ],
};

describe('stateDuring', () => {
  it('is unknown without a schedule', () => {
    expect(stateDuring(undefined, 15 * MIN, 16 * MIN)).toEqual({ state: 'unknown' });
  });

  it('is unknown before the schedule starts and from its end on', () => {
    expect(stateDuring(schedule, -1, 5 * MIN)).toEqual({ state: 'unknown' });
    // `until` itself is outside the span.
    expect(stateDuring(schedule, 100 * MIN, 101 * MIN)).toEqual({ state: 'unknown' });
  });

  it('is closed before an interval, with the time it opens', () => {
    expect(stateDuring(schedule, 5 * MIN, 8 * MIN)).toEqual({ state: 'closed', opensAt: 10 * MIN });
    // Arriving just as it closes is arriving too late: the next interval opens at 50.
    expect(stateDuring(schedule, 30 * MIN, 35 * MIN)).toEqual({ state: 'closed', opensAt: 50 * MIN });
  });

  it('merges touching intervals into one stretch', () => {
    // Without merging, a visit from 15 to 25 would close early at 20.
    expect(stateDuring(schedule, 15 * MIN, 25 * MIN)).toEqual({ state: 'open', closesAt: 30 * MIN });
    expect(stateDuring(schedule, 15 * MIN, 35 * MIN)).toEqual({ state: 'closes-early', closesAt: 30 * MIN });
  });

  it('merges overlapping intervals to the later closing', () => {
    const overlapping = {
      ...schedule,
      intervals: [[10 * MIN, 40 * MIN] as const, [20 * MIN, 30 * MIN] as const],
    };
    expect(stateDuring(overlapping, 25 * MIN, 35 * MIN)).toEqual({ state: 'open', closesAt: 40 * MIN });
  });

  it('is open when the visit ends exactly at closing', () => {
    expect(stateDuring(schedule, 20 * MIN, 30 * MIN)).toEqual({ state: 'open', closesAt: 30 * MIN });
    expect(stateDuring(schedule, 20 * MIN, 30 * MIN + 1)).toEqual({
      state: 'closes-early',
      closesAt: 30 * MIN,
    });
  });

  it('does not know the closing of an interval that reaches the end of the schedule', () => {
    // [50,100] ends at `until`: its real closing lies beyond, so no visit length makes it close early.
    expect(stateDuring(schedule, 60 * MIN, 500 * MIN)).toEqual({ state: 'open', closesAt: undefined });
  });

  it('is closed with no opening time after the last interval', () => {
    const early = { ...schedule, intervals: [[10 * MIN, 20 * MIN] as const] };
    expect(stateDuring(early, 50 * MIN, 60 * MIN)).toEqual({ state: 'closed', opensAt: undefined });
    expect(stateDuring({ ...schedule, intervals: [] }, 50 * MIN, 60 * MIN)).toEqual({
      state: 'closed',
      opensAt: undefined,
    });
  });
});

describe('planRoute', () => {
  // Three points on the meridian 99°W: 0.001° of latitude is 6 371 008.8·π/180·0.001 = 111.195 m.
  const line = (lat: number) => ({ latitude: lat, longitude: -99 });
  const stops: RouteStop[] = [
    { venue: 'a', location: line(19), minutes: 30 },
    { venue: 'b', location: line(19.01), minutes: 20 },
    { venue: 'c', location: line(19.01), minutes: 10 },
  ];

  it('walks each leg at Paseo’s pace and stays each stop’s minutes', () => {
    const start = Date.UTC(2026, 11, 8, 15);
    const plan = planRoute(stops, start, 'UTC');
    // a→b: 1111.95 m → 1112 m, ceil(1111.95·1.3/80) = ceil(18.07) = 19 min.
    // b→c: 0 m, but a leg is never less than one minute.
    expect(plan.stops.map((s) => s.leg)).toEqual([
      undefined,
      { meters: 1112, minutes: 19 },
      { meters: 0, minutes: 1 },
    ]);
    // a 0–30, walk 19, b 49–69, walk 1, c 70–80.
    expect(plan.stops.map((s) => [(s.arrives - start) / MIN, (s.leaves - start) / MIN])).toEqual([
      [0, 30],
      [49, 69],
      [70, 80],
    ]);
    expect(plan).toMatchObject({
      timeZone: 'UTC',
      start,
      ends: start + 80 * MIN,
      meters: 1112,
      walkingMinutes: 20,
    });
    // No schedules: nothing is known about the doors.
    expect(plan.stops.every((s) => s.status.state === 'unknown')).toBe(true);
  });

  it('takes a Date or a number for the start alike', () => {
    const start = Date.UTC(2026, 11, 8, 15);
    expect(planRoute(stops, new Date(start), 'UTC')).toEqual(planRoute(stops, start, 'UTC'));
  });

  it('ends where it starts with no stops', () => {
    expect(planRoute([], 1000, 'UTC')).toEqual({
      timeZone: 'UTC',
      start: 1000,
      ends: 1000,
      stops: [],
      meters: 0,
      walkingMinutes: 0,
    });
  });

  it('reports a stop that closes before the visit would end', () => {
    // Tuesday 2026-12-08 16:30 in Mexico City is 22:30Z; 75 minutes at Trotsky runs to 17:45, past 17:00.
    const start = Date.parse('2026-12-08T22:30:00Z');
    const plan = planRoute([stopAt(trotsky, start)], start, mexico);
    expect(plan.stops[0]?.status).toEqual({
      state: 'closes-early',
      closesAt: Date.parse('2026-12-08T23:00:00Z'),
    });
    expect(plan.ends).toBe(Date.parse('2026-12-08T23:45:00Z'));
  });
});

describe('the Mexico City clock all year', () => {
  // Tuesdays at 09:00 local: early April (summer time until 2022), July, November.
  const dates = ['2026-04-07', '2026-07-07', '2026-11-03'];

  it('reads every wall-clock start at UTC−6 and finds the same doors', () => {
    const relative = dates.map((date) => {
      const start = instantAt(date, '09:00', mexico);
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      // 09:00 at UTC−6 is 15:00Z whatever the season.
      expect(start).toBe(Date.UTC(y, m - 1, d, 15));
      const plan = planRoute(sampleRoute(start as number), start as number, mexico);
      // Frida 09:00–10:30, 5 min on, market 10:35–11:35, 9 min on, Trotsky 11:44–12:59.
      expect(plan.stops.map((s) => wallClock(s.arrives, mexico))).toEqual([
        { date, time: '09:00', weekday: 1 },
        { date, time: '10:35', weekday: 1 },
        { date, time: '11:44', weekday: 1 },
      ]);
      expect(wallClock(plan.ends, mexico).time).toBe('12:59');
      // Every instant as minutes from the start, to compare the seasons.
      return plan.stops.map((s) => {
        const { state } = s.status;
        const at =
          'opensAt' in s.status ? s.status.opensAt : 'closesAt' in s.status ? s.status.closesAt : undefined;
        return { state, at: at === undefined ? undefined : (at - (start as number)) / MIN };
      });
    });
    // Frida opens at 10:00 (+60), the market closes at 18:00 (+540), Trotsky at 17:00 (+480).
    const expected = [
      { state: 'closed', at: 60 },
      { state: 'open', at: 540 },
      { state: 'open', at: 480 },
    ];
    for (const states of relative) expect(states).toEqual(expected);
  });
});

describe('bestRouteOrder', () => {
  // Legs of the sample walk (Frida F, market M, Trotsky T), by the flat-earth approximation
  // 1° lat = 111 195 m, 1° lon = 111 195·cos 19.355° = 104 914 m:
  // F→M 267.98 N–S, 72.39 E–W → 277.6 → 278 m, ceil(277.6·1.3/80 = 4.51) = 5 min;
  // F→T 174.58, 339.91 → 382.1 → 382 m, 7 min (6.21); M→T 442.56, 267.52 → 517.1 → 517 m, 9 min (8.40).

  it('puts the market first on a Tuesday at 09:00, when the museums open at 10:00', () => {
    const start = Date.parse('2026-12-08T15:00:00Z');
    const stops = sampleRoute(start);
    const result = bestRouteOrder(stops, start, mexico);
    if (!result.found) throw new Error(`expected an order, got ${result.reason}`);
    // M 09:00–10:00, F 10:05–11:35, T 11:42–12:57: 278 + 382 = 660 m.
    expect(result.order).toEqual([1, 0, 2]);
    expect(result.plan.stops.map((s) => s.venue)).toEqual([market, frida, trotsky]);
    expect(result.plan.stops.map((s) => s.status.state)).toEqual(['open', 'open', 'open']);
    expect(result.plan.meters).toBe(660);

    // Every order, planned: only M-F-T (660 m) and M-T-F (517 + 382 = 899 m) keep all open.
    const keepOpen = permutations([0, 1, 2])
      .map((order) => ({
        order,
        plan: planRoute(
          order.map((i) => stops[i] as RouteStop),
          start,
          mexico,
        ),
      }))
      .filter(({ plan }) => welcomed(plan));
    expect(keepOpen.map(({ order, plan }) => [order, plan.meters])).toEqual([
      [[1, 0, 2], 660],
      [[1, 2, 0], 899],
    ]);
    expect(Math.min(...keepOpen.map(({ plan }) => plan.meters))).toBe(result.plan.meters);
  });

  it('agrees with trying every order, at any start of a Tuesday', () => {
    // Every half hour from 07:00 to 18:00 local (13:00Z to 00:00Z).
    for (
      let start = Date.parse('2026-12-08T13:00:00Z');
      start <= Date.parse('2026-12-09T00:00:00Z');
      start += HOUR / 2
    ) {
      const stops = sampleRoute(start);
      const plans = permutations([0, 1, 2]).map((order) =>
        planRoute(
          order.map((i) => stops[i] as RouteStop),
          start,
          mexico,
        ),
      );
      const shut = (plan: WalkPlan) =>
        plan.stops.filter((s) => s.status.state !== 'open' && s.status.state !== 'unknown').length;
      const fewest = Math.min(...plans.map(shut));
      const shortest = Math.min(...plans.filter((p) => shut(p) === fewest).map((p) => p.meters));
      const result = bestRouteOrder(stops, start, mexico);
      if (result.found === false && result.reason === 'too-many-stops') throw new Error('three stops');
      expect(result.found).toBe(fewest === 0);
      expect(shut(result.plan)).toBe(fewest);
      expect(result.plan.meters).toBe(shortest);
    }
  });

  it('names the museums when they are shut in every order, on a Monday', () => {
    // Monday 2026-12-07 09:00 local: both museums close all day, the market is open.
    const start = Date.parse('2026-12-07T15:00:00Z');
    const result = bestRouteOrder(sampleRoute(start), start, mexico);
    if (result.found || result.reason !== 'always-shut') throw new Error('expected always-shut');
    // Two shut in every order; the shortest orders are M-F-T and T-F-M, both 278 + 382 = 660 m.
    expect([...result.shut].sort()).toEqual([trotsky, frida]);
    expect(result.plan.meters).toBe(660);
    expect([
      [1, 0, 2],
      [2, 0, 1],
    ]).toContainEqual(result.order);
    expect(result.plan.stops.find((s) => s.venue === market)?.status.state).toBe('open');
  });

  it('refuses to reorder more than nine stops', () => {
    const many = Array.from({ length: maxReorderedStops + 1 }, (_, i) => ({
      venue: `stop-${i}`,
      location: { latitude: 19 + i / 1000, longitude: -99 },
      minutes: 10,
    }));
    expect(maxReorderedStops).toBe(9);
    expect(bestRouteOrder(many, 0, 'UTC')).toEqual({ found: false, reason: 'too-many-stops', maxStops: 9 });
  });

  it('reorders nine stops on a line into a walk from one end to the other', () => {
    // Nine points 0.001° apart on a meridian, given shuffled: each step 111.195 m → 111 m.
    const latitudes = [4, 0, 7, 2, 8, 1, 6, 3, 5];
    const stops = latitudes.map((n) => ({
      venue: `stop-${n}`,
      location: { latitude: 19 + n / 1000, longitude: -99 },
      minutes: 10,
    }));
    const result = bestRouteOrder(stops, 0, 'UTC');
    if (!result.found) throw new Error('no hours means nothing is shut');
    const walked = result.order.map((i) => latitudes[i]);
    // Eight steps of 111 m; either direction is as short.
    expect(result.plan.meters).toBe(8 * 111);
    expect([
      [0, 1, 2, 3, 4, 5, 6, 7, 8],
      [8, 7, 6, 5, 4, 3, 2, 1, 0],
    ]).toContainEqual(walked);
  });
});

describe('longLegs', () => {
  // On a meridian 1° of latitude is 111 195.08 m. Over 30 minutes means ceil(m·1.3/80) ≥ 31, m > 1846.15.
  const at = (latitude: number) => ({ latitude, longitude: -99 });
  const points = [
    { name: 'A', location: at(19) },
    // 0.0166° = 1845.84 → 1846 m: 1846·1.3/80 = 29.9975 → 30 min, not over.
    { name: 'B', location: at(19.0166) },
    // 0.0167° = 1856.96 → 1857 m: 30.18 → 31 min, flagged.
    { name: 'C', location: at(19.0333) },
    // 0.001° = 111 m: 2 min.
    { name: 'D', location: at(19.0343) },
  ];

  it('flags only the legs over the limit, named by their ends', () => {
    expect(longLegMinutes).toBe(30);
    expect(longLegs(points)).toEqual([{ from: 'B', to: 'C', meters: 1857, minutes: 31 }]);
  });

  it('flags nothing for one point or none', () => {
    expect(longLegs([])).toEqual([]);
    expect(longLegs(points.slice(0, 1))).toEqual([]);
  });

  it('tells the editor both ends, the kilometres and the minutes', () => {
    expect(longLegMessage({ from: 'B', to: 'C', meters: 1857, minutes: 31 })).toBe(
      'From «B» to «C» is 1.9 km, about 31 minutes on foot: longer than a sensible walk (30 minutes)',
    );
  });
});
