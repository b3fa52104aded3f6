import { z } from 'zod';
import { textLimits } from './locale.js';

/**
 * Links are judged the way a browser will read them, not by how they look: the WHATWG URL parser
 * drops tabs and newlines anywhere, spaces and control characters at either end, and folds case,
 * so `java<TAB>script:`, ` JAVASCRIPT:` and `javascript:` are one scheme. Resolving against a base
 * that no real site uses tells a relative link from an absolute one.
 */
const base = new URL('https://paseo.invalid/');

/** The schemes a link may use; a relative link resolves to the base's https. */
const linkProtocols = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** `&colon;`, `&#58;`, `&#x3a;`: a colon hidden from the parser that an HTML decoder would restore. */
const encodedColon = /&(colon|#0*58|#x0*3a);?/i;

function resolve(value: string): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

/** True for a link that can only ever open a page, a mail or a call: never script, never data. */
export function isSafeLinkUrl(value: string): boolean {
  if (value.length > textLimits.url || encodedColon.test(value)) return false;
  const url = resolve(value);
  return url !== undefined && linkProtocols.has(url.protocol);
}

/** A link in rich text: http(s), mailto, tel, or a link within the site. */
export const safeLinkUrl = z
  .string()
  .refine(isSafeLinkUrl, 'Links must start with http(s)://, mailto:, tel: or / (or be relative)');

/**
 * True for a path on this site (`/es/lugares/x`, with an optional query or fragment): what a
 * redirect or a "back to the page" link may point at. `//evil.example`, `/\evil.example`,
 * `https://evil.example` and anything the browser would take to another host are not.
 */
export function isSitePath(value: string): boolean {
  // Browsers read a backslash as a slash, so `/\host` is `//host`; a site path never needs one.
  if (!value.startsWith('/') || value.includes('\\') || value.length > textLimits.url) return false;
  // Whitespace and control characters are dropped or trimmed by the parser: a real path has none.
  if ([...value].some((char) => char.charCodeAt(0) <= 0x20 || char.charCodeAt(0) === 0x7f)) return false;
  const url = resolve(value);
  return url !== undefined && url.origin === base.origin && !value.startsWith('//');
}

export const sitePathSchema = z
  .string()
  .refine(isSitePath, 'Must be a path on this site, starting with a single / (e.g. /es/lugares/x)');
