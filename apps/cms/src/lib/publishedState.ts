import { localeOrDefault } from '@paseo/domain';
import type { CollectionSlug, PayloadRequest, RequestContext } from 'payload';

/** What visitors can see of an entry: whether it is live, and under which slug (in the save's language). */
export type PublishedState = { live: boolean; slug: string | undefined };

/**
 * Reads the stored entry itself, not its latest draft: with autosave, the "previous document" a
 * hook is given is often a draft, while the public page still shows the published version.
 */
export async function readPublishedState(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
): Promise<PublishedState> {
  const stored = await req.payload.db.findOne<{ id: number | string; _status?: string; slug?: unknown }>({
    collection,
    where: { id: { equals: id } },
    req,
  });
  // The adapter returns localized fields with every language: { es, en }.
  const slugs = (stored?.slug ?? {}) as Record<string, string | null | undefined>;
  const slug = slugs[localeOrDefault(req.locale)] ?? undefined;
  return { live: stored?._status === 'published', slug };
}

const key = (collection: string, id: number | string) => `publishedBefore:${collection}:${id}`;

export function rememberPublishedState(
  context: RequestContext,
  collection: string,
  id: number | string,
  state: PublishedState,
): void {
  context[key(collection, id)] = state;
}

/** The state recorded before this save began, if the entry existed. */
export function publishedStateBefore(
  context: RequestContext,
  collection: string,
  id: number | string,
): PublishedState {
  return (context[key(collection, id)] as PublishedState | undefined) ?? { live: false, slug: undefined };
}

/**
 * The state after this save, read once and shared by the hooks that run after it (redirects and
 * the site notice both need it).
 */
export async function publishedStateAfter(
  req: PayloadRequest,
  context: RequestContext,
  collection: CollectionSlug,
  id: number | string,
): Promise<PublishedState> {
  const afterKey = `publishedAfter:${collection}:${id}`;
  context[afterKey] ??= await readPublishedState(req, collection, id);
  return context[afterKey] as PublishedState;
}
