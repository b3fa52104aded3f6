import { categoryKeys } from '@paseo/domain';
import { content } from '@/data';
import type { SitemapEntry } from '@/lib/sitemap';
import { categoryAlternates, entryAlternates, homeAlternates, sectionAlternates } from '@/lib/urls';

/** Every public page, each with its languages, from cached data (refreshed by tag). */
export async function sitemapEntries(): Promise<SitemapEntry[]> {
  const data = await content();
  const [venues, neighborhoods, guides] = await Promise.all([
    data.venueSlugs(),
    data.allNeighborhoods(),
    data.allGuides(),
  ]);
  return [
    { alternates: homeAlternates() },
    ...(['venue', 'neighborhood', 'category', 'guide'] as const).map((section) => ({
      alternates: sectionAlternates(section),
    })),
    ...venues.map((venue) => ({
      alternates: entryAlternates('venue', venue.slug),
      lastModified: venue.updatedAt,
    })),
    ...neighborhoods.map((n) => ({ alternates: entryAlternates('neighborhood', n.slug) })),
    ...categoryKeys.map((key) => ({ alternates: categoryAlternates(key) })),
    ...guides.map((guide) => ({
      alternates: entryAlternates('guide', guide.slug),
      lastModified: guide.updatedAt,
    })),
  ];
}

export const xmlResponse = (body: string, status = 200) =>
  new Response(body, {
    status,
    headers: {
      'content-type': 'application/xml; charset=utf-8',
      'cache-control': 'public, max-age=0, must-revalidate',
    },
  });
