import { defaultTimeZone } from '@paseo/domain';
import { getTranslation } from '@payloadcms/translations';
import type { ServerProps } from 'payload';
import { formatAdminURL } from 'payload/shared';
import { hasRole } from '../access/roles';
import { env } from '../env';
import { untranslatedFields } from '../hooks/indexLanguages';
import {
  openReportsByVenue,
  type QueueEntry,
  staleVenues,
  untranslatedEntries,
  upcomingPublishes,
} from '../lib/editorsQueue';
import { QueueList } from './QueueList';

/** Lines per list: the dashboard points at work, the lists themselves hold all of it. */
const LIMIT = 10;

type Label = { en: string; es: string };

const text = {
  heading: { en: "Editors' queue", es: 'Pendientes' },
  stale: { en: 'Facts to verify again', es: 'Datos por volver a verificar' },
  staleNote: {
    en: 'Due (never verified, or not in {days} days): {count}.',
    es: 'Pendientes (nunca verificados, o no en {days} días): {count}.',
  },
  never: { en: 'never verified', es: 'nunca verificado' },
  daysAgo: { en: '{days} days ago', es: 'hace {days} días' },
  due: { en: 'due', es: 'pendiente' },
  reports: { en: 'Open reports', es: 'Reportes abiertos' },
  reportCount: { en: '{count} open', es: '{count} abiertos' },
  untranslated: { en: 'Missing English', es: 'Falta el inglés' },
  missing: { en: 'English missing:', es: 'Falta en inglés:' },
  untranslatedNote: { en: '{count} entries in all.', es: '{count} entradas en total.' },
  scheduled: { en: 'Scheduled publishing', es: 'Publicaciones programadas' },
  publish: { en: 'Publish', es: 'Publicar' },
  unpublish: { en: 'Unpublish', es: 'Despublicar' },
  nothing: { en: 'Nothing here.', es: 'Nada pendiente.' },
} satisfies Record<string, Label>;

/**
 * The admin's first page for editors: what needs doing, each line linking to the entry's edit view.
 * Rendered on the server for each visit, with the editor's access (lib/editorsQueue.ts).
 */
export async function EditorsQueue({ payload, user, i18n, locale }: ServerProps) {
  if (!hasRole(user, 'editor', 'admin')) return null;
  const say = (label: Label, values: Record<string, string | number> = {}) =>
    Object.entries(values).reduce(
      (line, [key, value]) => line.replace(`{${key}}`, String(value)),
      getTranslation(label, i18n),
    );
  const reader = { payload, user, locale: locale?.code };
  const now = new Date();
  const verifyAfterDays = env().PASEO_VERIFY_AFTER_DAYS;
  const [stale, reports, untranslated, scheduled] = await Promise.all([
    staleVenues(reader, { now, verifyAfterDays, limit: LIMIT }),
    openReportsByVenue(reader, { limit: LIMIT }),
    untranslatedEntries(reader, { limit: LIMIT }),
    upcomingPublishes(reader, { now, limit: LIMIT }),
  ]);
  // Each entry is named by its collection's own label, in the editor's language.
  const kindOf = (collection: QueueEntry['collection']) =>
    getTranslation(payload.collections[collection].config.labels.singular, i18n);
  const adminRoute = payload.config.routes.admin;
  const linkTo = (entry: QueueEntry) => (
    <a href={formatAdminURL({ adminRoute, path: `/collections/${entry.collection}/${entry.id}` })}>
      {entry.title}
    </a>
  );
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
  // Scheduled times in the city's own clock, named, since the server's zone is nobody's.
  const moment = new Intl.DateTimeFormat(i18n.language, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: defaultTimeZone,
    timeZoneName: 'short',
  });

  return (
    <section className="editors-queue" aria-labelledby="editors-queue-heading">
      <h2 id="editors-queue-heading">{say(text.heading)}</h2>
      <div className="editors-queue__lists">
        <QueueList
          id="stale"
          title={say(text.stale)}
          note={say(text.staleNote, { days: verifyAfterDays, count: stale.overdue })}
          empty={say(text.nothing)}
        >
          {[...stale.never.venues, ...stale.oldest].map((venue) => (
            <li key={venue.id} className={venue.overdue ? 'editors-queue__item--due' : undefined}>
              {linkTo(venue)} —{' '}
              {venue.lastVerified === null
                ? say(text.never)
                : `${day.format(new Date(`${venue.lastVerified}T12:00:00Z`))} (${say(text.daysAgo, { days: venue.ageDays ?? 0 })})`}
              {venue.overdue ? <strong> · {say(text.due)}</strong> : null}
            </li>
          ))}
        </QueueList>
        <QueueList id="reports" title={say(text.reports)} empty={say(text.nothing)}>
          {reports.map(({ venue, open }) => (
            <li key={venue.id}>
              {linkTo(venue)} — {say(text.reportCount, { count: open })}
            </li>
          ))}
        </QueueList>
        <QueueList
          id="untranslated"
          title={say(text.untranslated)}
          note={say(text.untranslatedNote, { count: untranslated.total })}
          empty={say(text.nothing)}
        >
          {untranslated.entries.map((entry) => (
            <li key={`${entry.collection}-${entry.id}`}>
              {kindOf(entry.collection)}: {linkTo(entry)} — {say(text.missing)}{' '}
              {untranslatedFields(entry.missing)}
            </li>
          ))}
        </QueueList>
        <QueueList id="scheduled" title={say(text.scheduled)} empty={say(text.nothing)}>
          {scheduled.map((job) => (
            <li key={`${job.collection}-${job.id}-${job.at}`}>
              {moment.format(new Date(job.at))} —{' '}
              {say(job.action === 'publish' ? text.publish : text.unpublish)}
              {job.locale ? ` (${job.locale})` : ''}: {kindOf(job.collection)} {linkTo(job)}
            </li>
          ))}
        </QueueList>
      </div>
    </section>
  );
}
