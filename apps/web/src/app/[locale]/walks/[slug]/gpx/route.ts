import { localize, pagePath, walkGpx } from '@paseo/domain';
import { content } from '@/data';
import { absoluteUrl, entryPath, isLocale, walkGpxPath } from '@/lib/urls';

type Context = { params: Promise<{ locale: string; slug: string }> };

const notFound = () => new Response('Not found', { status: 404 });

/**
 * A walk's route as GPX, for walking apps, named after the walk. Found as its page is: the English
 * file by the Spanish slug redirects to the English one, a renamed walk's old file to the new.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return notFound();
  const data = await content();
  const page = await data.walkPage(locale, slug);
  if (!page) {
    const moved = await data.redirectFor(pagePath('walk', locale, slug));
    return moved ? Response.redirect(absoluteUrl(`${moved}/gpx`), 308) : notFound();
  }
  const { walk, venues } = page;
  const canonical = walkGpxPath(locale, walk.slug);
  if (canonical !== `${pagePath('walk', locale, slug)}/gpx`) {
    return Response.redirect(absoluteUrl(canonical), 308);
  }
  const body = walkGpx(walk, venues, { locale, url: absoluteUrl(entryPath('walk', locale, walk.slug)) });
  return new Response(body, {
    headers: {
      'content-type': 'application/gpx+xml; charset=utf-8',
      'content-disposition': `attachment; filename="${localize(walk.slug, locale)}.gpx"`,
    },
  });
}
