import { describe, expect, it } from 'vitest';
import { fixtures, walks as walkInputs } from './fixtures/index.js';
import {
  bestOrder,
  defaultVisitMinutes,
  planWalk,
  repeatedStops,
  stopCountMessage,
  stopMinutes,
  stopVenues,
  type Walk,
  type WalkVenue,
  walkGeoJson,
  walkGpx,
  walkSchema,
} from './walk.js';

const frida = 'museo-frida-kahlo';
const market = 'mercado-de-coyoacan';
const trotsky = 'museo-casa-de-leon-trotsky';
const cineteca = 'cineteca-nacional';

const sample = fixtures.walks.find((w) => w.slug.es === 'dos-casas-y-un-mercado') as Walk;
const sampleInput = walkInputs[0] as (typeof walkInputs)[number];
const venues = fixtures.venues;
const venue = (slug: string) => venues.find((v) => v.slug.es === slug) as WalkVenue;

const at = (iso: string) => Date.parse(iso);

// The sample walk's legs, by the flat-earth approximation 1° lat = 111 195 m,
// 1° lon = 111 195·cos 19.355° = 104 914 m, then minutes = ceil(m·1.3/80):
// Frida→market: 0.00241° S = 267.98 m, 0.00069° E = 72.39 m → √ = 277.6 → 278 m, ceil(4.51) = 5 min.
// market→Trotsky: 0.00398° N = 442.56 m, 0.00255° E = 267.52 m → 517.1 → 517 m, ceil(8.40) = 9 min.

describe('walkSchema', () => {
  it('accepts the sample walks and keeps them fixed-order unless told', () => {
    expect(walkSchema.parse(sampleInput).reorderable).toBe(true);
    const { reorderable: _, ...unsaid } = sampleInput;
    expect(walkSchema.parse(unsaid).reorderable).toBe(false);
  });

  it('refuses fewer than two stops and more than eleven', () => {
    const one = walkSchema.safeParse({ ...sampleInput, stops: [{ venue: frida }] });
    expect(one.success).toBe(false);
    expect(one.error?.issues).toEqual([
      expect.objectContaining({ path: ['stops'], message: stopCountMessage }),
    ]);
    expect(stopCountMessage).toBe('A walk has 2 to 11 stops');

    const twelve = Array.from({ length: 12 }, (_, i) => ({ venue: `parada-${i + 1}` }));
    const many = walkSchema.safeParse({ ...sampleInput, stops: twelve });
    expect(many.error?.issues).toEqual([
      expect.objectContaining({ path: ['stops'], message: stopCountMessage }),
    ]);
    expect(walkSchema.safeParse({ ...sampleInput, stops: twelve.slice(0, 11) }).success).toBe(true);
  });

  it('refuses the same venue twice, at the repeating stop, naming both stop numbers', () => {
    const result = walkSchema.safeParse({
      ...sampleInput,
      stops: [{ venue: frida }, { venue: market }, { venue: frida }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['stops', 2, 'venue'],
        message: `«${frida}» is already stop 1: a walk visits each venue once (stop 3)`,
      }),
    ]);
  });

  it('reports each repeat against the stop it first appeared as', () => {
    const result = walkSchema.safeParse({
      ...sampleInput,
      stops: [{ venue: frida }, { venue: market }, { venue: trotsky }, { venue: market }, { venue: frida }],
    });
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['stops', 3, 'venue'], `«${market}» is already stop 2: a walk visits each venue once (stop 4)`],
      [['stops', 4, 'venue'], `«${frida}» is already stop 1: a walk visits each venue once (stop 5)`],
    ]);
  });
});

describe('repeatedStops', () => {
  it('pairs each later repeat with the first stop it repeats', () => {
    expect(repeatedStops(['a', 'b', 'a', 'b'])).toEqual([
      { index: 2, first: 0 },
      { index: 3, first: 1 },
    ]);
    // A third visit still points at the first, not the second.
    expect(repeatedStops(['a', 'a', 'a'])).toEqual([
      { index: 1, first: 0 },
      { index: 2, first: 0 },
    ]);
    expect(repeatedStops(['a', 'b', 'c'])).toEqual([]);
  });

  it('tells stops apart by any identifier, ids as well as slugs', () => {
    // 1 and '1' are different venues.
    expect(repeatedStops([7, 1, '1', 7])).toEqual([{ index: 3, first: 0 }]);
  });
});

describe('stopVenues and stopMinutes', () => {
  it('gives the venues in the order of the stops', () => {
    expect(stopVenues(sample, venues).map((v) => v.slug.es)).toEqual([frida, market, trotsky]);
  });

  it('throws naming a stop whose venue is missing', () => {
    const walk = { stops: [{ venue: frida }, { venue: 'no-existe' }] };
    expect(() => stopVenues(walk, venues)).toThrow('«no-existe»');
    expect(() => stopVenues(sample, [venue(frida), venue(trotsky)])).toThrow(`«${market}»`);
  });

  it('takes the walk’s minutes, else the venue’s, else the usual', () => {
    expect(stopMinutes({ minutes: 20 }, { visitMinutes: 90 })).toBe(20);
    expect(stopMinutes({}, { visitMinutes: 90 })).toBe(90);
    expect(stopMinutes({}, {})).toBe(defaultVisitMinutes);
    expect(defaultVisitMinutes).toBe(45);
  });
});

describe('planWalk', () => {
  it('plans the sample walk on a Monday at 10:00: museums shut until Tuesday, the market open', () => {
    // Monday 2026-12-07 10:00 in Mexico City (UTC−6) is 16:00Z.
    const plan = planWalk(sample, venues, new Date('2026-12-07T16:00:00Z'));
    const tuesdayAtTen = at('2026-12-08T16:00:00Z');
    // Frida 90 min (the venue's), walk 5, market 60 (the walk's), walk 9, Trotsky 75 (the venue's):
    // 16:00–17:30, 17:35–18:35, 18:44–19:59 UTC.
    expect(plan.stops).toEqual([
      {
        venue: frida,
        leg: undefined,
        arrives: at('2026-12-07T16:00:00Z'),
        leaves: at('2026-12-07T17:30:00Z'),
        status: { state: 'closed', opensAt: tuesdayAtTen },
      },
      {
        venue: market,
        leg: { meters: 278, minutes: 5 },
        arrives: at('2026-12-07T17:35:00Z'),
        leaves: at('2026-12-07T18:35:00Z'),
        // Closes 18:00 local, 00:00Z on the 8th.
        status: { state: 'open', closesAt: at('2026-12-08T00:00:00Z') },
      },
      {
        venue: trotsky,
        leg: { meters: 517, minutes: 9 },
        arrives: at('2026-12-07T18:44:00Z'),
        leaves: at('2026-12-07T19:59:00Z'),
        status: { state: 'closed', opensAt: tuesdayAtTen },
      },
    ]);
    // 278 + 517 = 795 m, 5 + 9 = 14 min; 90 + 5 + 60 + 9 + 75 = 239 min after 16:00Z.
    expect(plan).toMatchObject({
      timeZone: 'America/Mexico_City',
      start: at('2026-12-07T16:00:00Z'),
      ends: at('2026-12-07T19:59:00Z'),
      meters: 795,
      walkingMinutes: 14,
    });
  });

  it('uses the walk’s minutes for a stop over the venue’s', () => {
    const shorter = { stops: sample.stops.map((s) => (s.venue === frida ? { ...s, minutes: 30 } : s)) };
    const plan = planWalk(shorter, venues, new Date('2026-12-07T16:00:00Z'));
    // 30 min at Frida instead of 90: every later time an hour earlier, 179 min in all.
    expect(plan.stops[1]?.arrives).toBe(at('2026-12-07T16:35:00Z'));
    expect(plan.ends).toBe(at('2026-12-07T18:59:00Z'));
  });

  it('flags a stop that closes before the visit would end', () => {
    // Tuesday 2026-12-08 16:30 local (22:30Z): Trotsky 16:30–17:45 but shuts at 17:00 (23:00Z);
    // 9 min on, the market 17:54–18:54 but shuts at 18:00 (00:00Z on the 9th).
    const plan = planWalk(
      { stops: [{ venue: trotsky }, { venue: market }] },
      venues,
      new Date('2026-12-08T22:30:00Z'),
    );
    expect(plan.stops.map((s) => [s.arrives, s.leaves, s.status])).toEqual([
      [
        at('2026-12-08T22:30:00Z'),
        at('2026-12-08T23:45:00Z'),
        { state: 'closes-early', closesAt: at('2026-12-08T23:00:00Z') },
      ],
      [
        at('2026-12-08T23:54:00Z'),
        at('2026-12-09T00:54:00Z'),
        { state: 'closes-early', closesAt: at('2026-12-09T00:00:00Z') },
      ],
    ]);
  });

  it('knows nothing of a venue without hours', () => {
    const noHours = { ...venue(market), openingHours: undefined };
    const plan = planWalk(sample, [venue(frida), noHours, venue(trotsky)], new Date('2026-12-07T16:00:00Z'));
    expect(plan.stops[1]?.status).toEqual({ state: 'unknown' });
  });
});

describe('bestOrder', () => {
  it('starts at the market on a Tuesday at 09:00 so both museums are open', () => {
    // 09:00 local = 15:00Z. Market 09:00–10:00, 5 min to Frida (opens 10:00) 10:05–11:35,
    // 7 min (382 m) to Trotsky 11:42–12:57: 278 + 382 = 660 m.
    const result = bestOrder(sample, venues, new Date('2026-12-08T15:00:00Z'));
    if (!result.found) throw new Error(`expected an order, got ${result.reason}`);
    expect(result.order).toEqual([1, 0, 2]);
    expect(result.plan.stops.map((s) => [s.venue, s.status.state])).toEqual([
      [market, 'open'],
      [frida, 'open'],
      [trotsky, 'open'],
    ]);
    expect(result.plan.stops.map((s) => s.arrives)).toEqual([
      at('2026-12-08T15:00:00Z'),
      at('2026-12-08T16:05:00Z'),
      at('2026-12-08T17:42:00Z'),
    ]);
    expect(result.plan.meters).toBe(660);
  });

  it('names both museums when they are shut whatever the order, on a Monday', () => {
    const result = bestOrder(sample, venues, new Date('2026-12-07T16:00:00Z'));
    expect(result).toMatchObject({ found: false, reason: 'always-shut' });
    if (result.found || result.reason !== 'always-shut') return;
    expect([...result.shut].sort()).toEqual([frida, trotsky].sort());
  });

  it('leaves a fixed-order walk alone', () => {
    expect(bestOrder({ ...sample, reorderable: false }, venues, new Date('2026-12-08T15:00:00Z'))).toEqual({
      found: false,
      reason: 'fixed-order',
    });
  });

  it('does not reorder more than nine stops', () => {
    const ten: WalkVenue[] = Array.from({ length: 10 }, (_, i) => ({
      slug: { es: `parada-${i}` },
      name: { es: `Parada ${i}` },
      location: { latitude: 19.35 + i / 1000, longitude: -99.16 },
      openingHours: undefined,
      visitMinutes: 10,
    }));
    const walk = { stops: ten.map((v) => ({ venue: v.slug.es })), reorderable: true };
    expect(bestOrder(walk, ten, new Date('2026-12-08T15:00:00Z'))).toEqual({
      found: false,
      reason: 'too-many-stops',
      maxStops: 9,
    });
  });
});

describe('walkGeoJson', () => {
  it('draws the line through the stops in longitude, latitude order, then numbers each stop from 1', () => {
    const geo = walkGeoJson(sample, venues, 'en');
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features[0]).toEqual({
      type: 'Feature',
      geometry: {
        type: 'LineString',
        coordinates: [
          [-99.16284, 19.35503],
          [-99.16215, 19.35262],
          [-99.1596, 19.3566],
        ],
      },
      properties: { name: 'Two houses and a market in Del Carmen' },
    });
    expect(geo.features.slice(1)).toEqual([
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [-99.16284, 19.35503] },
        properties: { name: 'Frida Kahlo Museum', stop: 1, venue: frida },
      },
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [-99.16215, 19.35262] },
        properties: { name: 'Coyoacán Market', stop: 2, venue: market },
      },
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [-99.1596, 19.3566] },
        properties: { name: 'Leon Trotsky House Museum', stop: 3, venue: trotsky },
      },
    ]);
  });

  it('names things in Spanish for the Spanish page', () => {
    const geo = walkGeoJson(sample, venues, 'es');
    expect(geo.features.map((f) => f.properties.name)).toEqual([
      'Dos casas y un mercado en Del Carmen',
      'Museo Frida Kahlo',
      'Mercado de Coyoacán',
      'Museo Casa de León Trotsky',
    ]);
  });
});

describe('walkGpx', () => {
  const odd: WalkVenue = {
    slug: { es: 'cafe-raro' },
    name: { es: 'Café <Luna> & "Sol"' },
    location: { latitude: 19.35, longitude: -99.16 },
    openingHours: undefined,
    visitMinutes: undefined,
  };
  const walk = {
    title: { es: 'Tom & "Jerry" <3>' },
    stops: [{ venue: cineteca }, { venue: 'cafe-raro' }, { venue: frida }],
  };
  const gpx = walkGpx(walk, [...venues, odd], { locale: 'es', url: 'https://paseo.mx/a?b=1&c=2' });

  it('escapes & < > " in names and links', () => {
    const title = 'Tom &amp; &quot;Jerry&quot; &lt;3&gt;';
    expect(gpx).toContain(
      `<metadata><name>${title}</name><link href="https://paseo.mx/a?b=1&amp;c=2"/></metadata>`,
    );
    expect(gpx).toContain(`<rte><name>${title}</name>`);
    expect(gpx).toContain('<name>Café &lt;Luna&gt; &amp; &quot;Sol&quot;</name>');
    expect(gpx).not.toContain('Tom & "Jerry"');
    // Every & left starts an entity.
    expect(gpx.match(/&(?!amp;|lt;|gt;|quot;)/g)).toBeNull();
  });

  it('lists each stop as a waypoint, then routes through them in the same order', () => {
    const point = (tag: string) =>
      [
        ...gpx.matchAll(new RegExp(`<${tag} lat="([^"]+)" lon="([^"]+)"><name>[^<]*</name></${tag}>`, 'g')),
      ].map((m) => [m[1], m[2]]);
    const expected = [
      ['19.3603', '-99.1644'],
      ['19.35', '-99.16'],
      ['19.35503', '-99.16284'],
    ];
    expect(point('wpt')).toEqual(expected);
    expect(point('rtept')).toEqual(expected);
    // Waypoints come before the route, and the route is closed inside the document.
    expect(gpx.lastIndexOf('<wpt ')).toBeLessThan(gpx.indexOf('<rte>'));
    expect(gpx.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1"')).toBe(true);
    expect(gpx.trimEnd().endsWith('</rte>\n</gpx>')).toBe(true);
  });

  it('balances its tags', () => {
    for (const tag of ['gpx', 'metadata', 'rte', 'wpt', 'rtept', 'name']) {
      const opened = gpx.match(new RegExp(`<${tag}[ >]`, 'g'))?.length ?? 0;
      const closed = gpx.match(new RegExp(`</${tag}>`, 'g'))?.length ?? 0;
      expect([tag, opened]).toEqual([tag, closed]);
    }
  });

  it('leaves out the link without a url', () => {
    expect(walkGpx(sample, venues, { locale: 'en' })).toContain(
      '<metadata><name>Two houses and a market in Del Carmen</name></metadata>',
    );
  });
});
