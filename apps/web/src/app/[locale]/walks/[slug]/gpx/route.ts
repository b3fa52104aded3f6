import { localize, walkGpx } from '@paseo/domain';
import { content } from '@/data';
import { absoluteUrl, entryPath, isLocale } from '@/lib/urls';

type Context = { params: Promise<{ locale: string; slug: string }> };

/** A walk's route as GPX, for walking apps; named after the walk. */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return new Response('Not found', { status: 404 });
  const page = await (await content()).walkPage(locale, slug);
  if (!page) return new Response('Not found', { status: 404 });
  const { walk, venues } = page;
  const body = walkGpx(walk, venues, {
    locale,
    url: absoluteUrl(entryPath('walk', locale, walk.slug)),
  });
  const file = `${localize(walk.slug, locale)}.gpx`;
  return new Response(body, {
    headers: {
      'content-type': 'application/gpx+xml; charset=utf-8',
      'content-disposition': `attachment; filename="${file}"`,
    },
  });
}
