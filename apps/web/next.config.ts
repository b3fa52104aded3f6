import { fileURLToPath } from 'node:url';
import { baseSecurityHeaders } from '@paseo/server/securityHeaders';
import type { NextConfig } from 'next';

// With REDIS_URL, every site process shares one cache of pages and data (cacheHandler.mjs).
// That handler is also what tags pages for, and purges, an HTTP cache in front.
if (process.env.HTTP_CACHE_URLS && !process.env.REDIS_URL) {
  throw new Error(
    'HTTP_CACHE_URLS is set without REDIS_URL: pages can be purged from the HTTP cache only with the shared cache (docs/deploy.md)',
  );
}
const sharedCache = process.env.REDIS_URL
  ? { cacheHandler: fileURLToPath(new URL('./cacheHandler.mjs', import.meta.url)), cacheMaxMemorySize: 0 }
  : {};

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // @paseo/server compresses instead: Brotli for the browsers that take it, with built scripts and
  // styles compressed once at build time (`npm run build` runs its precompress.js).
  compress: false,
  ...sharedCache,
  // The site is served from one origin; media are proxied under /media so the optimizer never
  // needs to know the CMS's address at build time.
  images: {
    localPatterns: [{ pathname: '/media/**', search: '' }],
    deviceSizes: [400, 640, 828, 1080, 1280, 1600],
    // Narrower pictures (src/lib/imageSizes.ts): a nearby thumbnail is drawn 154px wide from a
    // 16:10 picture (192, 320 and 480 serve it at one, two and three device pixels per CSS
    // pixel) and 96px from a square or upright one (96, 192 and 320).
    imageSizes: [96, 192, 320, 480],
    formats: ['image/avif', 'image/webp'],
    qualities: [70],
    minimumCacheTTL: 31536000,
  },
  experimental: {
    globalNotFound: true,
    // The stylesheet (about 4 KB compressed) goes inside each page instead of a second request that
    // holds the first paint: on a phone's first page it cut Lighthouse's LCP for a venue from 2.05 s
    // to 1.77 s (BENCHMARKS.md, "Phone speed"). Later pages carry it again instead of reusing it.
    inlineCss: true,
  },
  // The Content-Security-Policy (with frame-ancestors) is set in src/proxy.ts, where the CMS's
  // address is known. No X-Frame-Options: it cannot name the CMS, whose live preview frames the site.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [...baseSecurityHeaders],
      },
    ];
  },
};

export default nextConfig;
