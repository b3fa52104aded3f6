import { malformedAddress, originOf, uploadContentSecurityPolicy } from '@paseo/server/securityHeaders';
import { type NextRequest, NextResponse } from 'next/server';
import { env, siteAddress } from './env';
import { contentSecurityPolicy } from './lib/securityHeaders';

/**
 * Runs before the admin and the API: refuses addresses that cannot name anything and adds the
 * Content-Security-Policy, built here because the site's address is known when the CMS starts,
 * not when it is built.
 */
let adminPolicy: string | undefined;

export function proxy(request: NextRequest) {
  const problem = malformedAddress(new URL(request.url));
  if (problem) {
    return NextResponse.json(
      { errors: [{ message: `Bad request: ${problem}` }] },
      { status: 400, headers: { 'cache-control': 'no-store' } },
    );
  }
  const response = NextResponse.next();
  // Built once per process: the addresses it names are fixed when the CMS starts.
  adminPolicy ??= contentSecurityPolicy({
    cmsOrigin: originOf(env().CMS_URL),
    siteOrigin: originOf(siteAddress()),
  });
  const isUpload = request.nextUrl.pathname.startsWith('/api/media/file/');
  response.headers.set('content-security-policy', isUpload ? uploadContentSecurityPolicy : adminPolicy);
  return response;
}

/**
 * Not for built files and optimized images (no page, and the most requests), nor for requests
 * with a body: Next copies a body for its proxy into memory and cuts it at 10 MB, which would
 * break uploads and hold large bodies in memory. Pages are read without one.
 */
export const config = {
  matcher: [
    {
      source: '/((?!_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'content-length' },
        { type: 'header', key: 'transfer-encoding' },
      ],
    },
  ],
};
