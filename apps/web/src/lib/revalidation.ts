import { createHash, timingSafeEqual } from 'node:crypto';

export type RevalidateRequest = { paths: string[]; tags: string[] };

const MAX_ITEMS = 500;

/** Compares secrets in constant time; a missing or short secret on the server refuses everyone. */
export function isAuthorized(authorization: string | null, secret: string | undefined): boolean {
  if (!secret || secret.length < 16 || !authorization?.startsWith('Bearer ')) return false;
  const given = createHash('sha256').update(authorization.slice('Bearer '.length)).digest();
  const expected = createHash('sha256').update(secret).digest();
  return timingSafeEqual(given, expected);
}

/** Reads `{paths, tags}`, keeping only site-relative paths and sensible tags; undefined if malformed. */
export function parseRevalidateBody(body: unknown): RevalidateRequest | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const { paths = [], tags = [] } = body as { paths?: unknown; tags?: unknown };
  if (!Array.isArray(paths) || !Array.isArray(tags)) return undefined;
  const cleanPaths = paths.filter(
    (p): p is string => typeof p === 'string' && p.startsWith('/') && !p.startsWith('//') && p.length <= 1024,
  );
  const cleanTags = tags.filter(
    (tag): tag is string => typeof tag === 'string' && tag.length > 0 && tag.length <= 256,
  );
  if (cleanPaths.length + cleanTags.length === 0) return undefined;
  return {
    paths: [...new Set(cleanPaths)].slice(0, MAX_ITEMS),
    tags: [...new Set(cleanTags)].slice(0, MAX_ITEMS),
  };
}
