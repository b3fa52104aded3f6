import { unstable_cache } from 'next/cache';
import { draftMode } from 'next/headers';
import { env } from '@/env';
import { type CachedLoader, CircuitBreaker, createCmsClient } from './client';
import { type Content, createContent } from './content';
import { withLastGood } from './lastGood';
import { noteFailedRead } from './outage';

export { CMS_UNAVAILABLE_DIGEST, CmsUnavailableError } from './client';
export type {
  Content,
  VenueCard,
  VenueCardPage,
  VenuePage,
  WalkLink,
  WalkPage,
  WalkVenueCard,
} from './content';

/** Kept until a tag or the page's path is revalidated; never on a timer. */
const nextDataCache: CachedLoader = (load, key, tags) =>
  unstable_cache(load, [...key], { tags: [...tags], revalidate: false })();

// One per process, whichever route's bundle loads this module first: each route has its own copy
// of the module, and the published content holds the process's search index. In development a
// module reloaded after an edit starts afresh, so the edit takes effect.
const shared: { paseoPublished?: Content } =
  process.env.NODE_ENV === 'production' ? (globalThis as { paseoPublished?: Content }) : {};

function publishedContent(): Content {
  shared.paseoPublished ??= createContent(
    createCmsClient({
      baseUrl: env().CMS_URL,
      // A page built from last-good data is cached like any other, until its content is published again.
      cached: withLastGood(nextDataCache, { onFailure: () => noteFailedRead() }),
      breaker: new CircuitBreaker(),
    }),
  );
  return shared.paseoPublished;
}

/**
 * The content a page reads: published and cached, or — while an editor previews — drafts,
 * fresh on every request.
 */
export async function content(): Promise<Content> {
  const draft = await draftMode()
    .then((mode) => mode.isEnabled)
    .catch(() => false);
  if (!draft) return publishedContent();
  const apiKey = env().CMS_API_KEY;
  const client = createCmsClient({
    baseUrl: env().CMS_URL,
    headers: apiKey ? { authorization: `users API-Key ${apiKey}` } : {},
    timeoutMs: 10_000,
  });
  const fresh = createContent({
    ...client,
    get: (path, query, _tags, check) =>
      client.getFresh(path, { ...query, draft: true }).then((body) => {
        check?.(body);
        return body;
      }),
    getAll: (path, query, tags, check) => client.getAll(path, { ...query, draft: true }, tags, check),
    getAllFresh: (path, query) => client.getAllFresh(path, { ...query, draft: true }),
  });
  return fresh;
}
