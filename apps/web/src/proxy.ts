import { malformedAddress, originOf, uploadContentSecurityPolicy } from '@paseo/server/securityHeaders';
import { type NextRequest, NextResponse } from 'next/server';
import { env } from '@/env';
import { contentSecurityPolicy } from '@/lib/securityHeaders';
import { preferredLocale, routePath } from '@/lib/urls';

/**
 * Runs before every page and route: refuses addresses that cannot name anything, sends `/` to the
 * home page in the visitor's language, serves a Spanish address from its route (named in English,
 * `routePath`), and adds the Content-Security-Policy. It only sets headers and rewrites, so cached
 * pages stay cached; the policy is built here rather than in next.config.ts because the CMS's
 * address is known when the site starts, not when it is built.
 */
let sitePolicy: string | undefined;

export function proxy(request: NextRequest) {
  const problem = malformedAddress(new URL(request.url));
  if (problem) {
    return new NextResponse(`Bad request: ${problem}`, {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  }
  const { pathname } = request.nextUrl;
  const route = routePath(pathname);
  let response =
    route === pathname
      ? NextResponse.next()
      : // An address in the other language's words goes to the language's not-found page.
        NextResponse.rewrite(
          new URL(
            `${route ?? `/${pathname.split('/')[1]}/_not-found`}${request.nextUrl.search}`,
            request.url,
          ),
        );
  if (pathname === '/') {
    const locale = preferredLocale(request.headers.get('accept-language'));
    response = NextResponse.redirect(new URL(`/${locale}`, request.url), 307);
    response.headers.set('vary', 'accept-language');
  }
  if (request.nextUrl.pathname.startsWith('/media/')) {
    response.headers.set('content-security-policy', uploadContentSecurityPolicy);
  } else {
    // Built once per process. The admin's address as editors' browsers see it; CMS_URL when the
    // site reaches it there too.
    sitePolicy ??= contentSecurityPolicy({
      cmsOrigin: originOf(env().CMS_PUBLIC_URL ?? env().CMS_URL),
    });
    response.headers.set('content-security-policy', sitePolicy);
  }
  return response;
}

/**
 * Not for built files and optimized images (no page, and the most requests), nor for requests
 * with a body: Next copies a body for its proxy into memory and cuts it at 10 MB, which would
 * break uploads and hold large bodies in memory. Pages are read without one. The icons
 * (favicon.ico and the rest) go through it, so a malformed address beginning with their name is
 * refused here rather than failing in the router.
 */
export const config = {
  matcher: [
    {
      source: '/((?!_next/static|_next/image).*)',
      missing: [
        { type: 'header', key: 'content-length' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
  ],
};
