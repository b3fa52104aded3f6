const PROBE_ORIGIN = 'http://paseo.invalid';

/**
 * `value` if it is a path on this site (`/es/lugares/x?y#z`), otherwise undefined. Browsers read
 * `//host`, `/\host` and paths with tabs or newlines in them as other sites, so a path handed on to
 * a redirect or a link must pass here first.
 */
export function safeLocalPath(value: unknown, maxLength = 2000): string | undefined {
  if (typeof value !== 'string' || value.length > maxLength) return undefined;
  if (!value.startsWith('/') || value.startsWith('//')) return undefined;
  // Backslashes count as slashes in browsers; control characters are dropped by them.
  if (value.includes('\\') || [...value].some((char) => char < ' ' || char === '\u007f')) return undefined;
  const url = URL.canParse(value, PROBE_ORIGIN) ? new URL(value, PROBE_ORIGIN) : undefined;
  return url?.origin === PROBE_ORIGIN ? value : undefined;
}
