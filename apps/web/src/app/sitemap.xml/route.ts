import { sitemapFiles, sitemapIndexXml, sitemapXml } from '@/lib/sitemap';
import { sitemapEntries, xmlResponse } from '@/lib/sitemapEntries';
import { absoluteUrl } from '@/lib/urls';

// Built per request from cached data (so the build needs no CMS); the data is refreshed by tag.
export const dynamic = 'force-dynamic';

/** The sitemap, or past the protocol's 50,000 addresses an index of the files under /sitemaps/. */
export async function GET(): Promise<Response> {
  const files = sitemapFiles(await sitemapEntries());
  const [only] = files;
  return xmlResponse(
    files.length === 1 && only ? sitemapXml(only, absoluteUrl) : sitemapIndexXml(files, absoluteUrl),
  );
}
