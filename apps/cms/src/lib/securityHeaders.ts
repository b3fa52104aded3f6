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
  const directives: Record<string, string[]> = {
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
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** Uploaded files opened on their own: nothing in them may run or load anything. */
export const uploadContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

/** The origin of an absolute URL, or undefined when there is none. */
export function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/**
 * Why a request's address cannot name anything, or undefined when it can: percent escapes that
 * are not UTF-8 (overlong forms such as `%C0%AE` among them) or a NUL byte in the path or query.
 * Left alone, these reach the router or PostgreSQL (which refuses NUL in text) and end as a 500.
 */
export function malformedAddress(url: URL): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return 'The address has percent escapes that are not UTF-8';
  }
  if (path.includes('\0') || /%00/i.test(url.search)) return 'The address contains a NUL byte';
  return undefined;
}
