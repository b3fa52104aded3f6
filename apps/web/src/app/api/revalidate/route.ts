import { revalidatePath, revalidateTag } from 'next/cache';
import { env } from '@/env';
import { isAuthorized, parseRevalidateBody } from '@/lib/revalidation';

export const dynamic = 'force-dynamic';

/**
 * Called by the CMS after a publish: drops the cached data under the given tags and the cached
 * pages at the given paths. Nothing is re-rendered here; each page renders again on its next visit.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isAuthorized(request.headers.get('authorization'), env().REVALIDATE_SECRET)) {
    return Response.json({ error: 'unauthorized' }, { status: 401 });
  }
  const body = parseRevalidateBody(await request.json().catch(() => undefined));
  if (!body) return Response.json({ error: 'expected {paths: string[], tags: string[]}' }, { status: 400 });
  for (const tag of body.tags) {
    // Expired at once, not served stale: a publish must show on the next visit.
    revalidateTag(tag, { expire: 0 });
  }
  // Paths as the CMS sends them. A Spanish address is served by a route named in English
  // (src/proxy.ts), so its path names no cached page; its page carries the entry's and the
  // collection's tags, which every notice sends too.
  for (const path of body.paths) revalidatePath(path);
  return Response.json({ revalidated: true, paths: body.paths, tags: body.tags, now: Date.now() });
}
