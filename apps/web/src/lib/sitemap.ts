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

/**
 * Venues in one sitemap file. Past this the sitemap is an index whose files each hold this many
 * (two addresses each, one a language), so no answer grows with the city: a file of 250 is about
 * the size of a small city's whole sitemap, far inside the protocol's 50,000 addresses.
 */
export const VENUES_PER_SITEMAP = 250;

/** How many files of venues a sitemap index names for `totalVenues`; none while one sitemap holds them. */
export const venueSitemapCount = (totalVenues: number) =>
  totalVenues <= VENUES_PER_SITEMAP ? 0 : Math.ceil(totalVenues / VENUES_PER_SITEMAP);

/** Where the nth (from 1) file named by the sitemap index is served: the first holds every page but venues. */
export const sitemapFilePath = (n: number) => `/sitemaps/${n}.xml`;

/** A sitemap index naming `count` files, `/sitemaps/1.xml` onwards. */
export function sitemapIndexXml(count: number, absoluteUrl: (path: string) => string): string {
  const sitemaps = Array.from(
    { length: count },
    (_, i) => `<sitemap><loc>${escapeXml(absoluteUrl(sitemapFilePath(i + 1)))}</loc></sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${sitemaps.join('\n')}\n</sitemapindex>\n`;
}
