import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openSchedule, openStatus } from './openingHours.js';
import { openStatusFrom } from './openNow.js';

const museum = { rule: 'Tu-Su 10:00-17:00; PH off', timeZone: 'America/Mexico_City' };
const market = { rule: 'Mo-Sa 08:00-18:00; Su 09:00-15:00', timeZone: 'America/Mexico_City' };
const lateBar = { rule: 'We-Sa 18:00-02:00', timeZone: 'America/Mexico_City' };
const closedForRepairs = { ...museum, closures: [{ date: '2026-12-01' }, { date: '2026-12-02' }] };

const rendered = new Date('2026-11-24T15:00:00Z');
const DAY = 86_400_000;

describe('openStatusFrom a schedule worked out ahead', () => {
  it('says what the engine says, at any instant of the next two weeks', () => {
    for (const hours of [museum, market, lateBar, closedForRepairs]) {
      const schedule = openSchedule(hours, rendered, 14);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 14 * DAY - 1 }), (offset) => {
          const at = new Date(rendered.getTime() + offset);
          const engine = openStatus(hours, at);
          const change = engine.open ? engine.closesAt : engine.opensAt;
          // A change past the end of the schedule is one it cannot know; the state it still knows.
          const expected =
            change && change.getTime() < schedule.until
              ? engine
              : engine.open
                ? { open: true, closesAt: undefined }
                : { open: false, opensAt: undefined };
          expect(openStatusFrom(schedule, at)).toEqual(expected);
        }),
        { numRuns: 300 },
      );
    }
  });

  it('is right a week after the page was rendered, closures and holidays included', () => {
    const schedule = openSchedule(closedForRepairs, rendered, 14);
    // Tuesday 2026-12-01, noon in Mexico City: the closure holds, though the rule says open.
    expect(openStatusFrom(schedule, new Date('2026-12-01T18:00:00Z'))).toEqual({
      open: false,
      opensAt: new Date('2026-12-03T16:00:00Z'),
    });
    // Thursday 2026-12-03, 16:59 local.
    expect(openStatusFrom(schedule, new Date('2026-12-03T22:59:00Z'))).toEqual({
      open: true,
      closesAt: new Date('2026-12-03T23:00:00Z'),
    });
  });

  it('knows nothing before the schedule starts or after it ends', () => {
    const schedule = openSchedule(museum, rendered, 14);
    expect(openStatusFrom(schedule, new Date(rendered.getTime() - 1))).toBeUndefined();
    expect(openStatusFrom(schedule, new Date(rendered.getTime() + 15 * DAY))).toBeUndefined();
  });

  it('gives no closing time for a place open past the end of the schedule', () => {
    const schedule = openSchedule({ rule: '24/7' }, rendered, 14);
    expect(openStatusFrom(schedule, new Date(rendered.getTime() + DAY))).toEqual({
      open: true,
      closesAt: undefined,
    });
  });

  it('is small enough to send with a page', () => {
    expect(JSON.stringify(openSchedule(market, rendered, 14)).length).toBeLessThan(1200);
  });
});
