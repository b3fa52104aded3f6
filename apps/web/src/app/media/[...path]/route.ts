import { uploadContentSecurityPolicy } from '@paseo/server/securityHeaders';
import { env } from '@/env';

/**
 * Images from the CMS, under the site's own origin: the optimizer reads them from here and the
 * browser never learns where the CMS lives. Files never change under a name, so they are cached
 * for a year.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ path: string[] }> },
): Promise<Response> {
  const { path } = await params;
  if (path.some((part) => part === '..' || part.includes('/')))
    return new Response('Not found', { status: 404 });
  const upstream = await fetch(`${env().CMS_URL}/api/media/file/${path.map(encodeURIComponent).join('/')}`, {
    cache: 'no-store',
    signal: AbortSignal.timeout(15_000),
  }).catch(() => undefined);
  if (!upstream)
    return new Response('Media unavailable', { status: 503, headers: { 'cache-control': 'no-store' } });
  if (!upstream.ok || !upstream.body) {
    return new Response('Not found', {
      status: upstream.status === 404 ? 404 : 502,
      headers: { 'cache-control': 'no-store' },
    });
  }
  const type = upstream.headers.get('content-type') ?? 'application/octet-stream';
  if (!type.startsWith('image/')) return new Response('Not found', { status: 404 });
  return new Response(upstream.body, {
    headers: {
      'content-type': type,
      'cache-control': 'public, max-age=31536000, immutable',
      'x-content-type-options': 'nosniff',
      // An SVG opened on its own is a document: it must not run script under the site's origin.
      'content-security-policy': uploadContentSecurityPolicy,
    },
  });
}
