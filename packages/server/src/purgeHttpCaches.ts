/**
 * Tells the HTTP caches in front of the site (Varnish, see deploy/varnish/paseo.vcl) to drop every
 * page carrying one of the keys: the same tags the site's own cache was just told to drop.
 */

export type PurgeOptions = {
  /** The caches' addresses; HTTP_CACHE_URLS (comma-separated) by default. */
  cacheUrls?: string[];
  attempts?: number;
  firstDelayMs?: number;
  logger?: Pick<Console, 'warn' | 'error'>;
};

/** Keys go in one header, separated by spaces, so none may contain one. */
const MAX_KEYS_PER_REQUEST = 100;

export function httpCacheUrls(value = process.env.HTTP_CACHE_URLS): string[] {
  return (value ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function purgeOne(cacheUrl: string, keys: string[]): Promise<void> {
  for (let i = 0; i < keys.length; i += MAX_KEYS_PER_REQUEST) {
    const response = await fetch(new URL('/', cacheUrl), {
      method: 'PURGE',
      headers: { 'xkey-purge': keys.slice(i, i + MAX_KEYS_PER_REQUEST).join(' ') },
      signal: AbortSignal.timeout(5000),
    });
    await response.body?.cancel();
    if (!response.ok) throw new Error(`${cacheUrl} answered ${response.status}`);
  }
}

/**
 * Purges every cache, each retried with growing pauses until it takes the keys. Never throws:
 * returns the caches that could not be purged (none when all took it, or none are configured).
 */
export async function purgeHttpCaches(
  keys: readonly string[],
  options: PurgeOptions = {},
): Promise<string[]> {
  const { cacheUrls = httpCacheUrls(), attempts = 5, firstDelayMs = 250, logger = console } = options;
  const clean = [...new Set(keys.filter((key) => key.length > 0 && !/\s/.test(key)))];
  if (clean.length === 0 || cacheUrls.length === 0) return [];
  const failed = await Promise.all(
    cacheUrls.map(async (cacheUrl) => {
      for (let attempt = 1; attempt <= attempts; attempt++) {
        try {
          await purgeOne(cacheUrl, clean);
          return undefined;
        } catch (error) {
          logger.warn(`purge: attempt ${attempt}/${attempts} at ${cacheUrl} failed: ${String(error)}`);
        }
        if (attempt < attempts) await sleep(firstDelayMs * 2 ** (attempt - 1));
      }
      logger.error(`purge: gave up on ${cacheUrl}; it may serve old pages for: ${clean.join(' ')}`);
      return cacheUrl;
    }),
  );
  return failed.filter((url): url is string => url !== undefined);
}
