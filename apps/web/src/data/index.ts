import { unstable_cache } from 'next/cache';
import { draftMode } from 'next/headers';
import { type CachedLoader, createCmsClient } from './client';
import { type Content, createContent } from './content';

export { CmsUnavailableError } from './client';
export type { Content, VenueCard, VenuePage } from './content';

/** Where the server reaches the CMS. */
export function cmsUrl(): string {
  return (process.env.CMS_URL ?? 'http://localhost:3001').replace(/\/$/, '');
}

/** Kept until a tag or the page's path is revalidated; never on a timer. */
const nextDataCache: CachedLoader = (load, key, tags) =>
  unstable_cache(load, [...key], { tags: [...tags], revalidate: false })();

let published: Content | undefined;

function publishedContent(): Content {
  published ??= createContent(createCmsClient({ baseUrl: cmsUrl(), cached: nextDataCache }));
  return published;
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
  const apiKey = process.env.CMS_API_KEY;
  const client = createCmsClient({
    baseUrl: cmsUrl(),
    headers: apiKey ? { authorization: `users API-Key ${apiKey}` } : {},
  });
  const fresh = createContent({
    ...client,
    get: (path, query, _tags, check) =>
      client.getFresh(path, { ...query, draft: true }).then((body) => {
        check?.(body);
        return body;
      }),
  });
  return fresh;
}
