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
