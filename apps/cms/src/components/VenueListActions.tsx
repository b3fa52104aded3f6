'use client';
import { useConfig, useTranslation } from '@payloadcms/ui';
import { useSearchParams } from 'next/navigation';
import { wordsFor } from './importWords';

/** The list's query that the export keeps: its filters, its search and its order. */
const listQuery = /^(where\[|search$|sort$)/;

/**
 * Above the venue list: import from a file, and export what the list shows (its filters, search
 * and order) as CSV or GeoJSON, in the format the import reads back.
 */
export function VenueListActions() {
  const { config } = useConfig();
  const { i18n } = useTranslation();
  const words = wordsFor(i18n.language);
  const params = useSearchParams();
  const exportUrl = (format: 'csv' | 'geojson') => {
    const query = new URLSearchParams([...params.entries()].filter(([key]) => listQuery.test(key)));
    query.set('format', format);
    return `${config.serverURL}${config.routes.api}/venues/export?${query}`;
  };
  return (
    <nav className="venue-list-actions" aria-label={words.title}>
      <a href={`${config.routes.admin}/import-venues`}>{words.importLink}</a>
      <a href={exportUrl('csv')} download title={words.exportHint}>
        {words.exportCsv}
      </a>
      <a href={exportUrl('geojson')} download title={words.exportHint}>
        {words.exportGeoJson}
      </a>
    </nav>
  );
}
