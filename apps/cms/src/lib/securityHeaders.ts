import { type PolicyDirectives, scriptDirectives, serializePolicy } from '@paseo/server/securityHeaders';

/**
 * The admin's Content-Security-Policy: scripts as `scriptDirectives` says. The admin frames two
 * things: the public site (live preview) and OpenStreetMap (the map preview); a walk's route is
 * drawn on OpenStreetMap's tiles.
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
    ...scriptDirectives,
    // The admin's dropdowns write their styles as <style> elements at run time.
    'style-src': ["'self'", "'unsafe-inline'"],
    // OpenStreetMap's tiles draw a walk's route map.
    'img-src': ["'self'", 'data:', 'blob:', 'https://tile.openstreetmap.org'],
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
