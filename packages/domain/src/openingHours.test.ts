import { describe, expect, it } from 'vitest';
import { isOpenAt, nextChange, openingHoursSchema, openStatus, weeklyHours } from './openingHours.js';

const museum = { rule: 'Tu-Su 10:00-17:00; PH off', timeZone: 'America/Mexico_City' };

describe('isOpenAt', () => {
  it('reads the clock in Mexico City, not the machine’s', () => {
    // Tuesday 2026-11-24, 10:30 in Mexico City (UTC−6) is 16:30 UTC.
    expect(isOpenAt(museum, new Date('2026-11-24T16:30:00Z'))).toBe(true);
    // 09:30 in Mexico City, 15:30 UTC: not yet open.
    expect(isOpenAt(museum, new Date('2026-11-24T15:30:00Z'))).toBe(false);
    // Monday: closed all day.
    expect(isOpenAt(museum, new Date('2026-11-23T18:00:00Z'))).toBe(false);
  });

  it('keeps UTC−6 in April: Mexico City has had no daylight-saving time since 2022', () => {
    // 2025-04-08 is a Tuesday. Under the old summer time (UTC−5) 15:30 UTC would be 10:30 and open;
    // at UTC−6 it is 09:30 and closed.
    expect(isOpenAt(museum, new Date('2025-04-08T15:30:00Z'))).toBe(false);
    expect(isOpenAt(museum, new Date('2025-04-08T16:30:00Z'))).toBe(true);
  });

  it('did observe summer time before 2022', () => {
    // 2021-04-06, a Tuesday under summer time (UTC−5): 15:30 UTC was 10:30 local.
    expect(isOpenAt(museum, new Date('2021-04-06T15:30:00Z'))).toBe(true);
  });

  it('closes on Mexican public holidays when the rule says PH off', () => {
    // 16 September 2026 (Independence Day) is a Wednesday.
    expect(isOpenAt(museum, new Date('2026-09-16T18:00:00Z'))).toBe(false);
    expect(isOpenAt(museum, new Date('2026-09-17T18:00:00Z'))).toBe(true);
  });

  it('honours one-off closures', () => {
    const withClosure = { ...museum, closures: [{ date: '2026-11-26' }] };
    expect(isOpenAt(withClosure, new Date('2026-11-26T18:00:00Z'))).toBe(false);
    expect(isOpenAt(withClosure, new Date('2026-11-27T18:00:00Z'))).toBe(true);
  });

  it('follows another time zone when the venue is elsewhere', () => {
    const madrid = { rule: 'Mo-Su 10:00-17:00', timeZone: 'Europe/Madrid' };
    // 09:30 UTC is 10:30 in Madrid in winter, 03:30 in Mexico City.
    expect(isOpenAt(madrid, new Date('2026-11-24T09:30:00Z'))).toBe(true);
    expect(isOpenAt({ ...madrid, timeZone: 'America/Mexico_City' }, new Date('2026-11-24T09:30:00Z'))).toBe(
      false,
    );
  });
});

describe('nextChange and openStatus', () => {
  it('tells when an open venue closes, as a real instant', () => {
    const at = new Date('2026-11-24T16:30:00Z');
    expect(nextChange(museum, at)?.toISOString()).toBe('2026-11-24T23:00:00.000Z');
    expect(openStatus(museum, at)).toEqual({ open: true, closesAt: new Date('2026-11-24T23:00:00Z') });
  });

  it('tells when a closed venue opens next, skipping Monday', () => {
    // Sunday 2026-11-22 at 18:00 local: opens again Tuesday 10:00 local (16:00 UTC).
    const at = new Date('2026-11-23T00:00:00Z');
    expect(openStatus(museum, at)).toEqual({ open: false, opensAt: new Date('2026-11-24T16:00:00Z') });
  });

  it('has no next change for a place that never closes', () => {
    expect(nextChange({ rule: '24/7' }, new Date('2026-11-24T16:30:00Z'))).toBeUndefined();
  });
});

describe('weeklyHours', () => {
  it('lists the week Monday first in local time', () => {
    const week = weeklyHours(museum, new Date('2026-11-23T18:00:00Z'));
    expect(week[0]).toEqual({ day: 'Monday', intervals: [] });
    expect(week[1]).toEqual({ day: 'Tuesday', intervals: [{ opens: '10:00', closes: '17:00' }] });
    expect(week.filter((d) => d.intervals.length > 0)).toHaveLength(6);
  });
});

describe('openingHoursSchema', () => {
  it('defaults the zone to Mexico City', () => {
    expect(openingHoursSchema.parse({ rule: 'Mo-Fr 09:00-18:00' }).timeZone).toBe('America/Mexico_City');
  });

  it('rejects bad syntax with the parser’s message, on the rule field', () => {
    const result = openingHoursSchema.safeParse({ rule: 'Tu-Su 25:00-17:00' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['rule']);
    expect(result.error?.issues[0]?.message).toMatch(/Invalid opening hours: .*Time range starts outside/);
  });

  it('rejects an unknown time zone', () => {
    const result = openingHoursSchema.safeParse({ rule: '24/7', timeZone: 'Mexico/Coyoacan' });
    expect(result.error?.issues[0]?.path).toEqual(['timeZone']);
  });

  it('rejects a closure that is not a date', () => {
    const result = openingHoursSchema.safeParse({ rule: '24/7', closures: [{ date: '25/12/2026' }] });
    expect(result.error?.issues[0]?.path).toEqual(['closures', 0, 'date']);
  });
});
