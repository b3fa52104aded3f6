import { sitemapFiles, sitemapXml } from '@/lib/sitemap';
import { sitemapEntries, xmlResponse } from '@/lib/sitemapEntries';
import { absoluteUrl } from '@/lib/urls';

export const dynamic = 'force-dynamic';

/** One file of a sitemap too long for one (see /sitemap.xml), `/sitemaps/1.xml` onwards. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const number = /^([1-9]\d{0,5})\.xml$/.exec((await params).file)?.[1];
  const files = sitemapFiles(await sitemapEntries());
  const entries = number && files.length > 1 ? files[Number(number) - 1] : undefined;
  if (!entries)
    return xmlResponse('<?xml version="1.0" encoding="UTF-8"?>\n<error>No such sitemap file</error>\n', 404);
  return xmlResponse(sitemapXml(entries, absoluteUrl));
}
