import type { Locale } from '@paseo/domain/locales';
// Only the planner of the domain package: the browser gets no rules engine and no schemas.
import { type StopState, type WalkPlan, welcomes } from '@paseo/domain/walkPlan';
import { clockTime, dayKey, weekdayAndTime } from './clockWords';

/** The planner's own words; the rest of the page is rendered on the server. */
export const plannerWords = {
  es: {
    legend: 'Cuándo empiezas',
    date: 'Día',
    time: 'Hora',
    zone: (zone: string) => `hora de ${zone}`,
    arrive: 'Llegas',
    leave: 'sales',
    open: 'Abierto durante tu visita',
    closesEarly: (at: string) => `Cierra a las ${at}, antes de que termines`,
    closed: 'Cerrado cuando llegas',
    opens: (when: string) => `Cerrado cuando llegas · abre ${when}`,
    unknown: 'Horario desconocido',
    ends: (at: string) => `Terminas hacia las ${at}`,
    shut: (shut: number, all: number) =>
      shut === 0 ? 'Todas las paradas abiertas' : `${shut} de ${all} paradas cerradas o por cerrar`,
    outside: 'Elige un día de las próximas dos semanas.',
    suggest: 'Buscar un orden con todo abierto',
    suggested: (meters: number) => `Este orden encuentra todo abierto y camina ${meters} m:`,
    noOrder: (names: string) => `Ningún orden encuentra todo abierto a esa hora; siguen cerradas: ${names}.`,
    fewestShut: 'El orden con menos puertas cerradas:',
  },
  en: {
    legend: 'When you start',
    date: 'Day',
    time: 'Time',
    zone: (zone: string) => `${zone} time`,
    arrive: 'Arrive',
    leave: 'leave',
    open: 'Open for your visit',
    closesEarly: (at: string) => `Closes at ${at}, before you would finish`,
    closed: 'Shut when you arrive',
    opens: (when: string) => `Shut when you arrive · opens ${when}`,
    unknown: 'Hours unknown',
    ends: (at: string) => `You finish around ${at}`,
    shut: (shut: number, all: number) =>
      shut === 0 ? 'Every stop open' : `${shut} of ${all} stops shut or closing`,
    outside: 'Choose a day in the coming two weeks.',
    suggest: 'Find an order with every door open',
    suggested: (meters: number) => `This order finds every door open and walks ${meters} m:`,
    noOrder: (names: string) => `No order finds every door open at that time; still shut: ${names}.`,
    fewestShut: 'The order with the fewest shut doors:',
  },
} as const;

/** The zones Paseo's venues are in, by name in each language. */
const zoneNames: Record<string, Record<Locale, string>> = {
  'America/Mexico_City': { es: 'Ciudad de México', en: 'Mexico City' },
};

/** What a zone is called in the planner: its name, else the city of its IANA name. */
export const zoneName = (timeZone: string, locale: Locale) =>
  zoneNames[timeZone]?.[locale] ?? (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');

/**
 * When a shut stop opens: "a las 10:00" the same day the visitor arrives, else "el martes a las
 * 10:00": a plan may be for any day, so "today" would mislead.
 */
export function opensWhen(opensAt: number, arrives: number, timeZone: string, locale: Locale): string {
  if (dayKey(opensAt, timeZone) !== dayKey(arrives, timeZone))
    return weekdayAndTime(opensAt, timeZone, locale);
  const time = clockTime(opensAt, timeZone, locale);
  return locale === 'es' ? `a las ${time}` : `at ${time}`;
}

/** The line a stop's state gets in the plan, for a visitor arriving at `arrives`. */
export function stateLine(status: StopState, arrives: number, timeZone: string, locale: Locale): string {
  const w = plannerWords[locale];
  switch (status.state) {
    case 'open':
      return w.open;
    case 'closes-early':
      return w.closesEarly(clockTime(status.closesAt, timeZone, locale));
    case 'closed':
      return status.opensAt === undefined
        ? w.closed
        : w.opens(opensWhen(status.opensAt, arrives, timeZone, locale));
    case 'unknown':
      return w.unknown;
  }
}

/** How many stops the visitor would find shut, or closing before they finish. */
export const shutCount = (plan: WalkPlan) => plan.stops.filter((stop) => !welcomes(stop.status)).length;
