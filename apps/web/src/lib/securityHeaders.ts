import { type PolicyDirectives, scriptDirectives, serializePolicy } from '@paseo/server/securityHeaders';

/**
 * The site's Content-Security-Policy: scripts as `scriptDirectives` says, the map's tiles, and
 * the CMS's admin may frame the site for its live preview (hence its origin in `frame-ancestors`).
 */
export function contentSecurityPolicy({ cmsOrigin }: { cmsOrigin: string | undefined }): string {
  const directives: PolicyDirectives = {
    'default-src': ["'self'"],
    ...scriptDirectives,
    // next/image writes a style attribute; Leaflet's styles are set through the DOM.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', 'https://tile.openstreetmap.org'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'frame-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'self'", ...(cmsOrigin ? [cmsOrigin] : [])],
  };
  return serializePolicy(directives);
}
