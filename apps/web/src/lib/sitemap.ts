import type { Locale } from '@paseo/domain';

export type SitemapEntry = { alternates: Record<Locale, string>; lastModified?: string | undefined };

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A sitemap with one <url> per page and language, each naming its other-language twin. */
export function sitemapXml(entries: readonly SitemapEntry[], absoluteUrl: (path: string) => string): string {
  const urls = entries.flatMap(({ alternates, lastModified }) =>
    (Object.keys(alternates) as Locale[]).map((locale) => {
      const links = (Object.entries(alternates) as [Locale, string][])
        .map(
          ([hreflang, path]) =>
            `<xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(absoluteUrl(path))}"/>`,
        )
        .join('');
      const modified = lastModified ? `<lastmod>${escapeXml(lastModified.slice(0, 10))}</lastmod>` : '';
      return `<url><loc>${escapeXml(absoluteUrl(alternates[locale]))}</loc>${modified}${links}</url>`;
    }),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

/** The sitemap protocol's limit of addresses in one file. */
export const SITEMAP_MAX_URLS = 50_000;

/**
 * The entries cut into files of at most `maxUrls` addresses each, an entry's languages kept
 * together (each names the others). One file when everything fits.
 */
export function sitemapFiles(entries: readonly SitemapEntry[], maxUrls = SITEMAP_MAX_URLS): SitemapEntry[][] {
  const files: SitemapEntry[][] = [[]];
  let urlsInFile = 0;
  for (const entry of entries) {
    const urls = Object.keys(entry.alternates).length;
    if (urlsInFile + urls > maxUrls && urlsInFile > 0) {
      files.push([]);
      urlsInFile = 0;
    }
    files[files.length - 1]?.push(entry);
    urlsInFile += urls;
  }
  return files;
}

/** Where the nth (from 1) file of a sitemap too long for one is served. */
export const sitemapFilePath = (n: number) => `/sitemaps/${n}.xml`;

/** A sitemap index naming each file with the newest change among its entries. */
export function sitemapIndexXml(
  files: readonly SitemapEntry[][],
  absoluteUrl: (path: string) => string,
): string {
  const sitemaps = files.map((entries, i) => {
    const newest = entries
      .map((entry) => entry.lastModified?.slice(0, 10))
      .filter((date): date is string => date !== undefined)
      .sort()
      .at(-1);
    const modified = newest ? `<lastmod>${escapeXml(newest)}</lastmod>` : '';
    return `<sitemap><loc>${escapeXml(absoluteUrl(sitemapFilePath(i + 1)))}</loc>${modified}</sitemap>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${sitemaps.join('\n')}\n</sitemapindex>\n`;
}
