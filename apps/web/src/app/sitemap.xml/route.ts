import { sitemapBody, xmlResponse } from '@/lib/sitemapEntries';

// Built per request from cached data (so the build needs no CMS); the data is refreshed by tag.
export const dynamic = 'force-dynamic';

/** The sitemap, or once the venues outgrow one file an index of the files under /sitemaps/. */
export async function GET(): Promise<Response> {
  return xmlResponse(await sitemapBody());
}
