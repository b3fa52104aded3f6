/**
 * What both apps' Content-Security-Policies and request guards share. Pure functions, no Node
 * built-ins, so an app's proxy (which Next may bundle for another runtime) can import them.
 */

/** A policy's directives, each with its sources; written out in the order given. */
export type PolicyDirectives = Record<string, readonly string[]>;

export function serializePolicy(directives: PolicyDirectives): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/**
 * Where both apps' pages may take script from: files of their own origin, and inline `<script>`
 * elements (Next's bootstrap; pages are cached, so a per-request nonce is not possible), but never
 * an inline event-handler attribute such as `onerror`, the only way markup that reaches a page
 * through HTML parsing could run script.
 */
export const scriptDirectives: PolicyDirectives = {
  'script-src': ["'self'", "'unsafe-inline'"],
  'script-src-elem': ["'self'", "'unsafe-inline'"],
  'script-src-attr': ["'none'"],
};

/**
 * The response headers both apps send with every page, beside their Content-Security-Policy:
 * no guessing of content types, no full addresses sent to other sites, no camera, microphone or
 * location for any script.
 */
export const baseSecurityHeaders: readonly { key: string; value: string }[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

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
