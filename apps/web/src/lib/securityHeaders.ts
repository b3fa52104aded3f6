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
  const directives: Record<string, string[]> = {
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
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** Uploaded files opened on their own: nothing in them may run or load anything. */
export const mediaContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

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
 * Why a request's address cannot name anything on the site, or undefined when it can: percent
 * escapes that are not UTF-8 (overlong forms such as `%C0%AE` among them) or a NUL byte anywhere.
 * Left alone, these reach the router or the database and end as a 500.
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
