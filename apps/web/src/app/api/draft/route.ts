import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import { env } from '@/env';
import { isAuthorized } from '@/lib/revalidation';

export const dynamic = 'force-dynamic';

/** Turns on preview of unpublished content for the editor's browser, then opens the page. */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const secret = url.searchParams.get('secret');
  if (!isAuthorized(secret ? `Bearer ${secret}` : null, env().PREVIEW_SECRET)) {
    return new Response('Invalid preview link', { status: 401 });
  }
  const path = url.searchParams.get('path') ?? '/';
  // Only paths on this site, never another origin.
  const target = path.startsWith('/') && !path.startsWith('//') ? path : '/';
  (await draftMode()).enable();
  redirect(target);
}

/** Leaves preview. */
export async function DELETE(): Promise<Response> {
  (await draftMode()).disable();
  return new Response(null, { status: 204 });
}
