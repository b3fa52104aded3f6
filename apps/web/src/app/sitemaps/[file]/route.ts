import { sitemapFileBody, xmlResponse } from '@/lib/sitemapEntries';

export const dynamic = 'force-dynamic';

/** One file named by the sitemap index (see /sitemap.xml), `/sitemaps/1.xml` onwards. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const number = /^([1-9]\d{0,5})\.xml$/.exec((await params).file)?.[1];
  const body = number ? await sitemapFileBody(Number(number)) : undefined;
  if (body === undefined)
    return xmlResponse('<?xml version="1.0" encoding="UTF-8"?>\n<error>No such sitemap file</error>\n', 404);
  return xmlResponse(body);
}
