/**
 * A zone's wall clock and back, with the platform's Intl alone: a browser reads and sets a walk's
 * start on the venues' clock without date-fns, which stays out of client bundles
 * (`@paseo/domain/wallClock`). The server side uses date-fns-tz (openingHours.ts).
 */

const minute = 60_000;

/** The wall clock of a zone at an instant: `YYYY-MM-DD`, `HH:mm`, and the weekday (0 = Monday). */
export function wallClock(
  instant: number,
  timeZone: string,
): { date: string; time: string; weekday: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    weekday: 'short',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(part('weekday'));
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    time: `${part('hour')}:${part('minute')}`,
    weekday,
  };
}

/** How far the zone's clock is ahead of UTC at an instant, in milliseconds. */
function zoneOffset(instant: number, timeZone: string): number {
  const { date, time } = wallClock(instant, timeZone);
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, min] = time.split(':').map(Number) as [number, number];
  return Date.UTC(year, month - 1, day, hour, min) - Math.floor(instant / minute) * minute;
}

/**
 * The instant a zone's clock shows `date` (`YYYY-MM-DD`) at `time` (`HH:mm`); undefined for text
 * that is not a date and a time. Where a clock change skips or repeats the hour, the offset before
 * the change is used.
 */
export function instantAt(date: string, time: string, timeZone: string): number | undefined {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const timeMatch = /^(\d{2}):(\d{2})$/.exec(time);
  if (!dateMatch || !timeMatch) return undefined;
  const [, year, month, day] = dateMatch.map(Number) as [number, number, number, number];
  const [, hour, min] = timeMatch.map(Number) as [number, number, number];
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || min > 59)
    return undefined;
  const asUtc = Date.UTC(year, month - 1, day, hour, min);
  if (new Date(asUtc).getUTCDate() !== day) return undefined;
  // The zone's offsets a day either side; no zone changes its clock twice in two days.
  const before = zoneOffset(asUtc - 86_400_000, timeZone);
  const after = zoneOffset(asUtc + 86_400_000, timeZone);
  const shows = (offset: number) => wallClock(asUtc - offset, timeZone).time === time;
  // Both read right in a repeated hour, neither in a skipped one: then the offset before wins.
  return asUtc - (shows(before) || !shows(after) ? before : after);
}
