import { type Locale, localize, openSchedule, regularWeek, type Venue, weeklyHours } from '@paseo/domain';
import { OpenNow } from '@/components/OpenNow';
import { formatDate, t } from '@/lib/i18n';

/**
 * How far ahead a page's "open now" line can tell. Pages are rendered again every day (see the
 * route's `revalidate`), so a copy kept by any cache stays right for about two weeks.
 */
const OPEN_NOW_DAYS = 14;

type Hours = NonNullable<Venue['openingHours']>;

/** "Open now", the week's hours, special closures and a note. */
export function OpeningHours({ hours, locale }: { hours: Hours; locale: Locale }) {
  const words = t(locale);
  return (
    <section aria-labelledby="hours" className="facts-card" data-testid="opening-hours">
      <h2 id="hours">{words.openingHours}</h2>
      <OpenNow schedule={openSchedule(hours, new Date(), OPEN_NOW_DAYS)} locale={locale} />
      <HoursTable hours={hours} locale={locale} />
      <p className="facts-card__note">{words.timeZoneNote}</p>
      {hours.closures.length > 0 ? (
        <>
          <h3>{words.specialClosures}</h3>
          <ul className="plain-list">
            {hours.closures.map((closure) => (
              <li key={closure.date}>
                {formatDate(closure.date, locale)}
                {closure.reason ? ` — ${localize(closure.reason, locale)}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {hours.note ? <p className="facts-card__note">{localize(hours.note, locale)}</p> : null}
    </section>
  );
}

function HoursTable({ hours, locale }: { hours: Hours; locale: Locale }) {
  const words = t(locale);
  const week = weeklyHours({ rule: hours.rule, timeZone: hours.timeZone }, regularWeek);
  return (
    <table className="hours">
      <caption className="visually-hidden">{words.openingHours}</caption>
      <tbody>
        {week.map(({ day, intervals }) => (
          <tr key={day}>
            <th scope="row">{words.weekdays[day]}</th>
            <td>
              {intervals.length === 0
                ? words.closed
                : intervals.map(({ opens, closes }) => `${opens}–${closes}`).join(', ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
