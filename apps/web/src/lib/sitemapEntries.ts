import { categoryKeys } from '@paseo/domain';
import { content } from '@/data';
import {
  type SitemapEntry,
  sitemapIndexXml,
  sitemapXml,
  VENUES_PER_SITEMAP,
  venueSitemapCount,
} from '@/lib/sitemap';
import {
  absoluteUrl,
  categoryAlternates,
  entryAlternates,
  homeAlternates,
  sectionAlternates,
} from '@/lib/urls';

/** Every public page but the venues', each with its languages, from cached data (refreshed by tag). */
async function pageEntries(): Promise<SitemapEntry[]> {
  const data = await content();
  const [neighborhoods, guides, walks] = await Promise.all([
    data.allNeighborhoods(),
    data.allGuides(),
    data.allWalks(),
  ]);
  return [
    { alternates: homeAlternates() },
    ...(['venue', 'neighborhood', 'category', 'guide', 'walk', 'search'] as const).map((section) => ({
      alternates: sectionAlternates(section),
    })),
    ...neighborhoods.map((n) => ({ alternates: entryAlternates('neighborhood', n.slug) })),
    ...categoryKeys.map((key) => ({ alternates: categoryAlternates(key) })),
    ...guides.map((guide) => ({
      alternates: entryAlternates('guide', guide.slug),
      lastModified: guide.updatedAt,
    })),
    ...walks.map((walk) => ({
      alternates: entryAlternates('walk', walk.slug),
      lastModified: walk.updatedAt,
    })),
  ];
}

/** The nth (from 1) file's worth of venues, and how many venues there are in all. */
async function venueEntries(n: number): Promise<{ entries: SitemapEntry[]; totalVenues: number }> {
  const { venues, totalVenues } = await (await content()).venueSlugPage(n, VENUES_PER_SITEMAP);
  const entries = venues.map((venue) => ({
    alternates: entryAlternates('venue', venue.slug),
    lastModified: venue.updatedAt,
  }));
  return { entries, totalVenues };
}

/** /sitemap.xml: every page while one file holds them, past that an index of the files below. */
export async function sitemapBody(): Promise<string> {
  const [pages, firstVenues] = await Promise.all([pageEntries(), venueEntries(1)]);
  const venueFiles = venueSitemapCount(firstVenues.totalVenues);
  if (venueFiles === 0) return sitemapXml([...pages, ...firstVenues.entries], absoluteUrl);
  return sitemapIndexXml(1 + venueFiles, absoluteUrl);
}

/**
 * The nth file the sitemap index names: the first every page but the venues', then the venues a
 * file at a time. Undefined when the index names no such file (or there is no index).
 */
export async function sitemapFileBody(n: number): Promise<string | undefined> {
  const firstVenues = await venueEntries(1);
  const venueFiles = venueSitemapCount(firstVenues.totalVenues);
  if (venueFiles === 0 || n > 1 + venueFiles) return undefined;
  if (n === 1) return sitemapXml(await pageEntries(), absoluteUrl);
  return sitemapXml((await venueEntries(n - 1)).entries, absoluteUrl);
}

export const xmlResponse = (body: string, status = 200) =>
  new Response(body, {
    status,
    headers: {
      'content-type': 'application/xml; charset=utf-8',
      'cache-control': 'public, max-age=0, must-revalidate',
    },
  });
