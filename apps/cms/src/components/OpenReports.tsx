import { cutAtWord } from '@paseo/domain';
import { getTranslation } from '@payloadcms/translations';
import type { UIFieldServerProps } from 'payload';
import { formatAdminURL } from 'payload/shared';
import { hasRole } from '../access/roles';

const text = {
  title: { en: 'Open reports', es: 'Reportes abiertos' },
  none: { en: 'No open reports.', es: 'Ningún reporte abierto.' },
  more: { en: 'more', es: 'más' },
};

/** At most this many are listed; the count says how many there are. */
const LIMIT = 10;

/**
 * A venue's reports still waiting for an editor (status "new"), newest first: each message
 * shortened, the page it was sent from and its date, linking to the report.
 */
export async function OpenReports({ id, req, i18n }: UIFieldServerProps) {
  const t = (label: Record<string, string>) => getTranslation(label, i18n);
  // Reports are for editors; an admin user who cannot read them sees nothing here either.
  if (!hasRole(req.user, 'editor', 'admin')) return null;
  const found =
    id === undefined
      ? { docs: [], totalDocs: 0 }
      : await req.payload.find({
          collection: 'reports',
          where: { and: [{ venue: { equals: id } }, { status: { equals: 'new' } }] },
          sort: '-createdAt',
          limit: LIMIT,
          depth: 0,
          select: { message: true, pageUrl: true, createdAt: true },
          overrideAccess: false,
          req,
        });
  const adminRoute = req.payload.config.routes.admin;
  const dates = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (
    <div className="open-reports field-type">
      <span className="field-label">
        {t(text.title)} ({found.totalDocs})
      </span>
      {found.docs.length === 0 ? (
        <p className="open-reports__none">{t(text.none)}</p>
      ) : (
        <ul className="open-reports__list">
          {found.docs.map((report) => (
            <li key={report.id}>
              <a href={formatAdminURL({ adminRoute, path: `/collections/reports/${report.id}` })}>
                {cutAtWord((report.message ?? '').replace(/\s+/g, ' '), 80)}
              </a>
              <br />
              <small>
                {dates.format(new Date(report.createdAt))}
                {report.pageUrl ? ` · ${report.pageUrl}` : ''}
              </small>
            </li>
          ))}
          {found.totalDocs > found.docs.length ? (
            <li>
              +{found.totalDocs - found.docs.length} {t(text.more)}
            </li>
          ) : null}
        </ul>
      )}
    </div>
  );
}
