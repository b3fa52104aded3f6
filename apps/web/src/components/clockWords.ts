import type { Locale } from '@paseo/domain/locales';

/** How times and days are written in each language, on a zone's clock, with the platform's Intl. */
const intlLocale = (locale: Locale) => (locale === 'es' ? 'es-MX' : 'en-GB');

/** "10:00" on the zone's clock. */
export function clockTime(instant: number | Date, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(instant);
}

/** The zone's calendar day of an instant, to tell days apart: "2026-11-28". */
export function dayKey(instant: number | Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** "martes", "Tuesday": the day of the week on the zone's clock. */
export function weekdayName(instant: number | Date, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'long', timeZone }).format(instant);
}

/** "el martes a las 10:00", "Tuesday at 10:00". */
export function weekdayAndTime(instant: number | Date, timeZone: string, locale: Locale): string {
  const day = weekdayName(instant, timeZone, locale);
  const time = clockTime(instant, timeZone, locale);
  return locale === 'es' ? `el ${day} a las ${time}` : `${day} at ${time}`;
}
