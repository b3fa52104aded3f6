import type { Endpoint } from 'payload';

/**
 * Every published venue's slugs and date of change, in one answer: what the site's sitemap needs.
 * Through the REST list a city of 10,000 venues is 100 pages of whole-document processing; this
 * asks the database for two fields of every row at once. Public: the same slugs are in the sitemap.
 */
export const listPublishedSlugs: Endpoint = {
  path: '/published-slugs',
  method: 'get',
  handler: async (req) => {
    const { docs } = await req.payload.find({
      collection: 'venues',
      where: { _status: { equals: 'published' } },
      select: { slug: true, updatedAt: true },
      locale: 'all',
      depth: 0,
      pagination: false,
      sort: 'id',
      draft: false,
    });
    return Response.json(
      { docs: docs.map(({ slug, updatedAt }) => ({ slug, updatedAt })), totalDocs: docs.length },
      { headers: { 'cache-control': 'no-store' } },
    );
  },
};
