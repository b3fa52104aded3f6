import { type PolicyDirectives, serializePolicy } from '@paseo/server/securityHeaders';

/**
 * The site's Content-Security-Policy.
 *
 * Pages are rendered once and served from cache, so a per-request nonce is not possible (it would
 * make every page dynamic), and hashes of Next's inline scripts are unknown until a page is
 * rendered. Inline script *elements* are therefore allowed (Next's own bootstrap), but inline
 * event-handler attributes and `javascript:` are not (`script-src-attr 'none'`): markup that
 * reaches the page through HTML parsing can only run script through an attribute such as
 * `onerror`, and React never writes one. Script files come only from the site itself.
 *
 * The CMS's admin frames the site for its live preview, hence its origin in `frame-ancestors`.
 */
export function contentSecurityPolicy({ cmsOrigin }: { cmsOrigin: string | undefined }): string {
  const directives: PolicyDirectives = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'"],
    'script-src-elem': ["'self'", "'unsafe-inline'"],
    'script-src-attr': ["'none'"],
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
