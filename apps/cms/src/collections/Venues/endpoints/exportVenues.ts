import { type VenueRecordInput, venuesToCsv, venuesToGeoJson } from '@paseo/domain';
import type { Endpoint, Where } from 'payload';
import { hasRole } from '../../../access/roles';
import { env } from '../../../env';
import { findVenueDocs, venueRecordOf } from '../../../lib/venueRecords';

/** Venues read from the database at a time while an export is written. */
const pageSize = 200;

/** The list's search box matches these fields, as the venue list does (`listSearchableFields`). */
const searchWhere = (search: string): Where => ({
  or: [{ name: { like: search } }, { slug: { like: search } }],
});

/**
 * The venue list as the admin shows it, as a file the import reads back:
 * `GET /api/venues/export?format=csv|geojson`, with the list's own `where`, `search` and `sort`
 * query. Editors only: drafts are included, as in the list.
 */
export const exportVenues: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'editor', 'admin'))
      return Response.json({ error: 'Editors only' }, { status: 403 });
    const format = req.searchParams.get('format') === 'geojson' ? 'geojson' : 'csv';
    const filters: Where[] = [];
    if (req.query.where && typeof req.query.where === 'object') filters.push(req.query.where as Where);
    const search = req.searchParams.get('search')?.trim();
    if (search) filters.push(searchWhere(search));
    const sort = req.searchParams.get('sort') || 'id';
    // Image addresses are absolute, so another CMS can fetch them.
    const origin = env().CMS_URL ?? new URL(req.url ?? 'http://localhost').origin;

    const records: VenueRecordInput[] = [];
    for (let page = 1; ; page += 1) {
      const answer = await findVenueDocs(req.payload, filters.length > 0 ? { and: filters } : {}, {
        page,
        limit: pageSize,
        sort,
      });
      records.push(...answer.docs.map((doc) => venueRecordOf(doc, origin)));
      if (!answer.hasNextPage) break;
    }
    const day = new Date().toISOString().slice(0, 10);
    const body =
      format === 'csv' ? venuesToCsv(records) : `${JSON.stringify(venuesToGeoJson(records), null, 2)}\n`;
    return new Response(body, {
      headers: {
        'content-type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/geo+json; charset=utf-8',
        'content-disposition': `attachment; filename="paseo-venues-${day}.${format}"`,
        'cache-control': 'no-store',
      },
    });
  },
};
