import { type PolicyDirectives, serializePolicy } from '@paseo/server/securityHeaders';

/**
 * The admin's Content-Security-Policy. Script files come only from the CMS itself; Next's inline
 * bootstrap scripts are allowed, inline event-handler attributes are not (`script-src-attr
 * 'none'`), so markup an editor typed cannot run even where it is written as HTML. The admin
 * frames two things: the public site (live preview) and OpenStreetMap (the map preview).
 */
export function contentSecurityPolicy({
  cmsOrigin,
  siteOrigin,
}: {
  cmsOrigin: string | undefined;
  siteOrigin: string | undefined;
}): string {
  const directives: PolicyDirectives = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'"],
    'script-src-elem': ["'self'", "'unsafe-inline'"],
    'script-src-attr': ["'none'"],
    // The admin's dropdowns write their styles as <style> elements at run time.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    // The admin calls the API at its configured address, which may differ from the one in the bar.
    'connect-src': ["'self'", ...(cmsOrigin ? [cmsOrigin] : [])],
    'frame-src': [...(siteOrigin ? [siteOrigin] : []), 'https://www.openstreetmap.org'],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'self'"],
  };
  return serializePolicy(directives);
}
