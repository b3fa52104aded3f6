import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/urls';

export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    // The search pages themselves may be crawled; their results (with ?q=) may not.
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/', '/es/buscar?', '/en/search?'] }],
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
