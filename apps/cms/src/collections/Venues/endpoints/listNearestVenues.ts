import { type PostgresAdapter, sql } from '@payloadcms/db-postgres';
import { type Endpoint, parseParams } from 'payload';
import { coordinate, readNumbers, wholeNumber } from '../../../lib/queryParams';

/** The most venues one answer carries. */
const MAX_LIMIT = 50;

/**
 * The published venues nearest a point, nearest first: `?latitude=&longitude=&limit=` (at most 50),
 * with `select`, `populate`, `depth` and `locale` as on the REST list. What a venue page's "nearby"
 * block starts from, at the same cost in a city of 100 venues as of 100,000.
 *
 * A bounding box around the point cannot do that: the box a sparse neighbourhood needs holds
 * thousands of venues downtown. PostgreSQL's own GiST index on points (no PostGIS) walks the
 * venues in order of distance and stops after `limit`. The distance is in degrees, where a degree
 * of longitude is shorter than one of latitude (by 6 % in Mexico City), so the order is close to
 * the walking order, not exactly it: callers ask for more than they show and sort in metres.
 */
export const listNearestVenues: Endpoint = {
  path: '/nearest',
  method: 'get',
  handler: async (req) => {
    const read = readNumbers(req.searchParams, {
      latitude: coordinate(90),
      longitude: coordinate(180),
      limit: wholeNumber(10),
    });
    if ('refused' in read) return read.refused;
    const { latitude, longitude, limit } = read.values;
    // The expression is the index's (migration 20261128_060000_nearest_venues), so the index serves it.
    const nearest = await (req.payload.db as unknown as PostgresAdapter).drizzle.execute<{ id: number }>(sql`
      SELECT id FROM venues
      WHERE _status = 'published'
      ORDER BY point(location_longitude, location_latitude) <-> point(${longitude}, ${latitude})
      LIMIT ${Math.min(limit, MAX_LIMIT)}`);
    const ids = nearest.rows.map((row) => Number(row.id));
    const { depth, populate, select } = parseParams(req.query);
    const { docs } = ids.length
      ? await req.payload.find({
          collection: 'venues',
          where: { id: { in: ids } },
          depth,
          populate,
          select,
          locale: req.locale,
          pagination: false,
          draft: false,
          // Read as the asker: the same venues and fields the REST list would give them.
          overrideAccess: false,
          req,
        })
      : { docs: [] };
    const byId = new Map(docs.map((doc) => [doc.id, doc]));
    const ordered = ids.flatMap((id) => byId.get(id) ?? []);
    return Response.json(
      { docs: ordered, totalDocs: ordered.length },
      { headers: { 'cache-control': 'no-store' } },
    );
  },
};
