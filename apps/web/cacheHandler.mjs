/**
 * Next.js's cache on Redis, used when REDIS_URL is set (see next.config.ts): every site process
 * reads and writes the same pages and data, and a tag revalidated through one process is gone for
 * all of them. Without REDIS_URL the site keeps Next's own cache on its disk.
 *
 * It also keeps the HTTP cache in front (HTTP_CACHE_URLS) in step with Next's: each cached page
 * goes out with its tags in Surrogate-Key (Next computes them from the data the page read but keeps
 * them off the response, so they are copied under a header it passes through), and whatever Next
 * drops here (a tag, or a path as its `_N_T_` tag) is then purged there, only after Redis has
 * dropped it, so the cache cannot fetch the old page again.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { purgeHttpCaches } from '@paseo/server/purgeHttpCaches';
import { createClient } from '@redis/client';

const NEXT_TAGS_HEADER = 'x-next-cache-tags';
export const SURROGATE_KEY_HEADER = 'surrogate-key';

/** Pages (not data) carry their tags, comma-separated, among the headers Next stores with them. */
function exposeTags(value) {
  const tags = value?.kind === 'APP_PAGE' ? value.headers?.[NEXT_TAGS_HEADER] : undefined;
  if (typeof tags === 'string' && tags) value.headers[SURROGATE_KEY_HEADER] = tags.split(',').join(' ');
}

const shared = globalThis;

CacheHandler.onCreation(() => {
  if (!shared.paseoCacheHandlerConfig) {
    const client = createClient({ url: process.env.REDIS_URL, pingInterval: 10_000 });
    // Not awaited: while Redis is out of reach (at start or later) every read misses, writes are
    // dropped and pages render from the CMS; the client keeps reconnecting in the background.
    client.on('error', (error) => console.error(`cache: Redis: ${error.message}`));
    client.connect().catch((error) => console.error(`cache: Redis: ${error.message}`));
    shared.paseoCacheHandlerConfig = {
      handlers: [createRedisHandler({ client, keyPrefix: 'paseo:', timeoutMs: 1000 })],
    };
  }
  return shared.paseoCacheHandlerConfig;
});

export default class PaseoCacheHandler extends CacheHandler {
  async get(key, context) {
    const entry = await super.get(key, context);
    exposeTags(entry?.value);
    return entry;
  }

  async set(key, value, context) {
    exposeTags(value);
    return super.set(key, value, context);
  }

  async revalidateTag(tags) {
    await super.revalidateTag(tags);
    // Retried in the background: the CMS's notice has been answered already.
    void purgeHttpCaches(typeof tags === 'string' ? [tags] : tags);
  }
}
