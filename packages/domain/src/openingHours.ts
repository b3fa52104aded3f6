import { addDays } from 'date-fns';
import { fromZonedTime, toZonedTime } from 'date-fns-tz';
import OpeningHours from 'opening_hours';
import { z } from 'zod';
import { localizedText, textLimits } from './locale.js';
import type { OpenSchedule, OpenStatus } from './openNow.js';

export const defaultTimeZone = 'America/Mexico_City';

/**
 * A regular week, from a fixed Monday with no public holiday, for timetables that are rendered once
 * and kept (a page's hours table, its structured data): they must not freeze one week's holidays.
 */
export const regularWeek = new Date('2026-01-05T12:00:00-06:00');

/** Public holidays are looked up for Mexico City, where every Paseo venue is today. */
const holidayRegion = {
  lat: 19.35,
  lon: -99.16,
  address: { country_code: 'mx', state: 'Ciudad de México' },
};

const isoDate = z.iso.date({ error: 'Use a date in the form YYYY-MM-DD' });

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** Parses an OpenStreetMap `opening_hours` value; throws the parser's own message on bad syntax. */
function parseRule(rule: string): OpeningHours {
  return new OpeningHours(rule, holidayRegion);
}

const ruleSchema = z
  .string()
  .trim()
  .min(1, 'Opening hours must not be empty')
  .max(textLimits.line, `Opening hours must be at most ${textLimits.line} characters`)
  .superRefine((rule, ctx) => {
    // An overlong rule is refused above; the parser is not asked to read it.
    if (rule.length > textLimits.line) return;
    try {
      parseRule(rule);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `Invalid opening hours: ${String(error)}` });
    }
  });

/** A day the venue is closed that its regular rule does not know about. */
export const closureSchema = z.object({
  date: isoDate,
  reason: localizedText.optional(),
});
export type Closure = z.infer<typeof closureSchema>;

/**
 * Opening hours in OpenStreetMap syntax (`Tu-Su 10:00-17:00; PH off`), read in the venue's own
 * IANA time zone, with one-off closures on top.
 */
export const openingHoursSchema = z.object({
  rule: ruleSchema,
  timeZone: z
    .string()
    .max(64, 'Time zone must be an IANA name such as America/Mexico_City')
    .refine(isTimeZone, 'Time zone must be an IANA name such as America/Mexico_City')
    .default(defaultTimeZone),
  closures: z.array(closureSchema).default([]),
  note: localizedText.optional(),
});
export type OpeningHoursInput = z.input<typeof openingHoursSchema>;
export type OpeningHoursSpec = z.output<typeof openingHoursSchema>;

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The rule with each closure appended as a dated `off` rule, so one parser decides everything. */
export function effectiveRule(hours: Pick<OpeningHoursSpec, 'rule' | 'closures'>): string {
  const closures = (hours.closures ?? []).map(({ date }) => {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    return `${year} ${monthNames[month - 1]} ${String(day).padStart(2, '0')} off`;
  });
  return [hours.rule, ...closures].join('; ');
}

type HoursLike = Pick<OpeningHoursSpec, 'rule'> & Partial<Pick<OpeningHoursSpec, 'timeZone' | 'closures'>>;

/**
 * The parser reads a Date's local fields. It is handed a Date whose local fields show the wall
 * clock in the venue's zone, and its answers are turned back into real instants.
 */
function evaluate<T>(hours: HoursLike, at: Date, read: (oh: OpeningHours, wallClock: Date) => T): T {
  const timeZone = hours.timeZone ?? defaultTimeZone;
  const oh = parseRule(effectiveRule({ rule: hours.rule, closures: hours.closures ?? [] }));
  return read(oh, toZonedTime(at, timeZone));
}

/** Whether the venue is open at an instant, judged by the clock in its own time zone. */
export function isOpenAt(hours: HoursLike, at: Date): boolean {
  return evaluate(hours, at, (oh, wallClock) => oh.getState(wallClock));
}

/** The next instant the venue opens or closes after `at`, or undefined if it never changes. */
export function nextChange(hours: HoursLike, at: Date): Date | undefined {
  const timeZone = hours.timeZone ?? defaultTimeZone;
  return evaluate(hours, at, (oh, wallClock) => {
    const next = oh.getNextChange(wallClock);
    return next === undefined ? undefined : fromZonedTime(next, timeZone);
  });
}

/** What the "open now" line says: open and until when, or closed and opening when. */
export function openStatus(hours: HoursLike, at: Date): OpenStatus {
  const open = isOpenAt(hours, at);
  const change = nextChange(hours, at);
  return open ? { open, closesAt: change } : { open, opensAt: change };
}

/**
 * The venue's open intervals over `days` days from `from`, for a page rendered once and read
 * later: the reader's clock picks the interval (`openStatusFrom`), the engine stays here.
 */
export function openSchedule(hours: HoursLike, from: Date, days: number): OpenSchedule {
  const timeZone = hours.timeZone ?? defaultTimeZone;
  return evaluate(hours, from, (oh, wallClock) => {
    const end = addDays(wallClock, days);
    return {
      timeZone,
      from: from.getTime(),
      until: fromZonedTime(end, timeZone).getTime(),
      intervals: oh
        .getOpenIntervals(wallClock, end)
        .map(
          ([opens, closes]) =>
            [fromZonedTime(opens, timeZone).getTime(), fromZonedTime(closes, timeZone).getTime()] as const,
        ),
    };
  });
}

export const weekdays = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;
export type Weekday = (typeof weekdays)[number];
export type DayHours = { day: Weekday; intervals: { opens: string; closes: string }[] };

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

/**
 * The hours of each weekday, Monday first, over the seven days that start on the venue's
 * calendar day of `at`, as wall-clock "HH:mm" in the venue's zone. Holidays and closures that
 * fall in that week show as closed.
 */
export function weeklyHours(hours: HoursLike, at: Date): DayHours[] {
  return evaluate(hours, at, (oh, wallClock) => {
    const start = new Date(wallClock.getFullYear(), wallClock.getMonth(), wallClock.getDate());
    const days: DayHours[] = weekdays.map((day) => ({ day, intervals: [] }));
    for (const [from, to] of oh.getOpenIntervals(start, addDays(start, 7))) {
      const closesLater = to.getDate() !== from.getDate();
      days[(from.getDay() + 6) % 7]?.intervals.push({
        opens: clock(from),
        closes: closesLater ? '24:00' : clock(to),
      });
    }
    return days;
  });
}
