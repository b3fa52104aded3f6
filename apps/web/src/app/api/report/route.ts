import { cmsUrl } from '@/data';

export const dynamic = 'force-dynamic';

type Report = { venue?: number | string; pageUrl: string; message: string; email?: string; website: string };

function readReport(fields: Record<string, unknown>): Report | undefined {
  const message = typeof fields.message === 'string' ? fields.message.trim() : '';
  const pageUrl = typeof fields.pageUrl === 'string' ? fields.pageUrl : '';
  if (message.length < 5 || message.length > 2000 || !pageUrl.startsWith('/') || pageUrl.length > 500)
    return undefined;
  const venue =
    typeof fields.venue === 'number' || typeof fields.venue === 'string' ? fields.venue : undefined;
  const email = typeof fields.email === 'string' && fields.email.trim() ? fields.email.trim() : undefined;
  return {
    ...(venue !== undefined && String(venue) !== ''
      ? { venue: Number.isNaN(Number(venue)) ? venue : Number(venue) }
      : {}),
    pageUrl,
    message,
    ...(email ? { email } : {}),
    website: typeof fields.website === 'string' ? fields.website : '',
  };
}

/**
 * A visitor's "report an error", passed on to the CMS with the visitor's address so its rate
 * limit counts people, not this server. JSON from the page's script; a plain form post without it.
 */
export async function POST(request: Request): Promise<Response> {
  const isForm = (request.headers.get('content-type') ?? '').includes('form');
  const fields = isForm
    ? Object.fromEntries((await request.formData().catch(() => new FormData())).entries())
    : ((await request.json().catch(() => ({}))) as Record<string, unknown>);
  const report = readReport(fields);
  const back = (status: 'sent' | 'failed') => {
    const page = typeof fields.pageUrl === 'string' && fields.pageUrl.startsWith('/') ? fields.pageUrl : '/';
    return Response.redirect(new URL(`${page}?report=${status}#report`, request.url), 303);
  };
  if (!report) return isForm ? back('failed') : Response.json({ error: 'invalid report' }, { status: 400 });

  const forwardedFor = request.headers.get('x-forwarded-for') ?? request.headers.get('x-real-ip') ?? '';
  let ok = false;
  try {
    const response = await fetch(`${cmsUrl()}/api/reports`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
      },
      body: JSON.stringify(report),
      cache: 'no-store',
      signal: AbortSignal.timeout(10_000),
    });
    ok = response.ok;
    if (!ok)
      console.error(
        `[paseo] CMS refused a report: ${response.status} ${await response.text().catch(() => '')}`,
      );
  } catch (error) {
    console.error(`[paseo] could not pass a report to the CMS: ${String(error)}`);
  }
  if (isForm) return back(ok ? 'sent' : 'failed');
  return ok
    ? Response.json({ sent: true }, { status: 201 })
    : Response.json({ error: 'not sent' }, { status: 502 });
}
