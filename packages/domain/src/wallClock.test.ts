import { describe, expect, it } from 'vitest';
import { instantAt, wallClock } from './wallClock.js';

const mexico = 'America/Mexico_City';

describe('instantAt and wallClock', () => {
  it('turns a Mexico City wall clock into an instant six hours later in UTC', () => {
    expect(instantAt('2026-04-05', '10:00', mexico)).toBe(Date.parse('2026-04-05T16:00:00Z'));
    // Before 2022 Mexico City kept summer time: 10:00 on 6 April 2021 was UTC−5.
    expect(instantAt('2021-04-06', '10:00', mexico)).toBe(Date.parse('2021-04-06T15:00:00Z'));
  });

  it('follows a zone’s daylight-saving offset', () => {
    // New York is UTC−5 in January and UTC−4 in July.
    expect(instantAt('2026-01-15', '10:00', 'America/New_York')).toBe(Date.parse('2026-01-15T15:00:00Z'));
    expect(instantAt('2026-07-15', '10:00', 'America/New_York')).toBe(Date.parse('2026-07-15T14:00:00Z'));
    // Half-hour zones too: Kolkata is UTC+5:30.
    expect(instantAt('2026-01-15', '10:00', 'Asia/Kolkata')).toBe(Date.parse('2026-01-15T04:30:00Z'));
  });

  it('takes the offset before the change for a repeated hour', () => {
    // 2026-11-01 01:30 happens twice in New York; before the change it is EDT (UTC−4).
    expect(instantAt('2026-11-01', '01:30', 'America/New_York')).toBe(Date.parse('2026-11-01T05:30:00Z'));
    // East of UTC too: 02:30 comes twice in Madrid on 2026-10-25; before the change it is CEST (UTC+2).
    expect(instantAt('2026-10-25', '02:30', 'Europe/Madrid')).toBe(Date.parse('2026-10-25T00:30:00Z'));
  });

  it('takes the offset before the change for a skipped hour, on either side of UTC', () => {
    // 02:30 never shows in New York on 2026-03-08 (EST, UTC−5, until then) nor in Madrid on
    // 2026-03-29 (CET, UTC+1, until then).
    expect(instantAt('2026-03-08', '02:30', 'America/New_York')).toBe(Date.parse('2026-03-08T07:30:00Z'));
    expect(instantAt('2026-03-29', '02:30', 'Europe/Madrid')).toBe(Date.parse('2026-03-29T01:30:00Z'));
  });

  it('refuses text that is not a date and a time', () => {
    expect(instantAt('2026-02-30', '10:00', mexico)).toBeUndefined();
    expect(instantAt('2026-04-05', '25:00', mexico)).toBeUndefined();
    expect(instantAt('x', '10:00', mexico)).toBeUndefined();
    expect(instantAt('2026-04-05', 'x', mexico)).toBeUndefined();
    expect(instantAt('2026-13-01', '10:00', mexico)).toBeUndefined();
    expect(instantAt('2026-04-05', '10:60', mexico)).toBeUndefined();
    expect(instantAt('2026-4-5', '10:00', mexico)).toBeUndefined();
    // Two-digit years would be read as 19xx.
    expect(instantAt('0050-01-01', '10:00', 'UTC')).toBeUndefined();
    // 2028 is a leap year, 2026 is not.
    expect(instantAt('2028-02-29', '10:00', mexico)).toBe(Date.parse('2028-02-29T16:00:00Z'));
    expect(instantAt('2026-02-29', '10:00', mexico)).toBeUndefined();
  });

  it('reads the wall clock with Monday as weekday 0, across the UTC date line', () => {
    expect(wallClock(Date.parse('2026-12-07T16:00:00Z'), mexico)).toEqual({
      date: '2026-12-07',
      time: '10:00',
      weekday: 0,
    });
    // 05:30Z on Tuesday is still 23:30 on Monday in Mexico City.
    expect(wallClock(Date.parse('2026-12-08T05:30:00Z'), mexico)).toEqual({
      date: '2026-12-07',
      time: '23:30',
      weekday: 0,
    });
    // Midnight reads 00:00, not 24:00; 2026-12-13 is a Sunday.
    expect(wallClock(Date.parse('2026-12-13T06:00:00Z'), mexico)).toEqual({
      date: '2026-12-13',
      time: '00:00',
      weekday: 6,
    });
  });

  it('gives back the instant it read, to the minute', () => {
    for (const iso of ['2026-04-05T16:00:00Z', '2026-07-01T03:59:00Z', '2026-12-31T23:59:00Z']) {
      const at = Date.parse(iso);
      const { date, time } = wallClock(at, mexico);
      expect(instantAt(date, time, mexico)).toBe(at);
    }
  });
});
