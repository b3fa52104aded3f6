import type { Endpoint } from 'payload';
import { readNumbers, wholeNumber } from '../../../lib/queryParams';

/** The most venues one answer carries. */
const MAX_LIMIT = 1_000;

/**
 * Published venues' slugs and dates of change, a page at a time (`?page=&limit=`, at most 1,000):
 * what the site's sitemap files need. Through the REST list each venue is a whole document's
 * processing; this asks the database for two fields of each row. Public: the same slugs are in
 * the sitemap.
 */
export const listPublishedSlugs: Endpoint = {
  path: '/published-slugs',
  method: 'get',
  handler: async (req) => {
    const read = readNumbers(req.searchParams, { page: wholeNumber(1), limit: wholeNumber(MAX_LIMIT) });
    if ('refused' in read) return read.refused;
    const { page, limit } = read.values;
    const { docs, totalDocs, totalPages } = await req.payload.find({
      collection: 'venues',
      where: { _status: { equals: 'published' } },
      select: { slug: true, updatedAt: true },
      locale: 'all',
      depth: 0,
      page,
      limit: Math.min(limit, MAX_LIMIT),
      sort: 'id',
      draft: false,
    });
    return Response.json(
      { docs: docs.map(({ slug, updatedAt }) => ({ slug, updatedAt })), totalDocs, totalPages, page },
      { headers: { 'cache-control': 'no-store' } },
    );
  },
};
