import type { Locale } from '@paseo/domain';
// Only this module of the domain package: the browser gets no rules engine and no schemas.
import { type OpenSchedule, openStatusFrom } from '@paseo/domain/openNow';
import { clockTime, dayKey, weekdayName } from './clockWords';

const words = {
  es: { open: 'Abierto ahora', closed: 'Cerrado ahora', closes: 'cierra a las', opens: 'abre', at: 'a las' },
  en: { open: 'Open now', closed: 'Closed now', closes: 'closes at', opens: 'opens', at: 'at' },
} as const;

/**
 * "Open now · closes at 17:00" / "Closed now · opens Tuesday at 10:00", in the venue's time zone;
 * undefined when `now` is outside the schedule the page was rendered with.
 */
export function openNowLine(
  schedule: OpenSchedule,
  locale: Locale,
  now: Date,
): { open: boolean; text: string } | undefined {
  const w = words[locale];
  const status = openStatusFrom(schedule, now);
  if (!status) return undefined;
  const tz = schedule.timeZone;
  const time = (d: Date) => clockTime(d, tz, locale);
  if (status.open) {
    return {
      open: true,
      text: status.closesAt ? `${w.open} · ${w.closes} ${time(status.closesAt)}` : w.open,
    };
  }
  if (!status.opensAt) return { open: false, text: w.closed };
  const today = dayKey(now, tz);
  const tomorrow = dayKey(new Date(now.getTime() + 86_400_000), tz);
  const opensDay = dayKey(status.opensAt, tz);
  const dayWords =
    opensDay === today
      ? locale === 'es'
        ? 'hoy'
        : 'today'
      : opensDay === tomorrow
        ? locale === 'es'
          ? 'mañana'
          : 'tomorrow'
        : weekdayName(status.opensAt, tz, locale);
  const dayPhrase = locale === 'es' && !['hoy', 'mañana'].includes(dayWords) ? `el ${dayWords}` : dayWords;
  return { open: false, text: `${w.closed} · ${w.opens} ${dayPhrase} ${w.at} ${time(status.opensAt)}` };
}
