import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/urls';

export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    // Search results are not disallowed here: they carry noindex, which a crawler must fetch them
    // to read (a disallowed address can still be indexed, bare, from links to it).
    rules: [{ userAgent: '*', allow: '/', disallow: ['/api/'] }],
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
