import { categoryKeys } from '@paseo/domain';
import { content } from '@/data';
import { type SitemapEntry, sitemapXml } from '@/lib/sitemap';
import {
  absoluteUrl,
  categoryAlternates,
  entryAlternates,
  homeAlternates,
  sectionAlternates,
} from '@/lib/urls';

// Built per request from cached data (so the build needs no CMS); the data is refreshed by tag.
export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const data = await content();
  const [venues, neighborhoods, guides] = await Promise.all([
    data.venueSlugs(),
    data.allNeighborhoods(),
    data.allGuides(),
  ]);
  const entries: SitemapEntry[] = [
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
  return new Response(sitemapXml(entries, absoluteUrl), {
    headers: {
      'content-type': 'application/xml; charset=utf-8',
      'cache-control': 'public, max-age=0, must-revalidate',
    },
  });
}
