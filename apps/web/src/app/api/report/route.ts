import { requestClientAddress, visitorAddressHeaders } from '@paseo/server';
import { env } from '@/env';
import { readLimitedBody } from './readLimitedBody';
import { parseReportFields, type ReportOutcome, readReport, refusal, reportPagePath } from './report';

export const dynamic = 'force-dynamic';

/** A report is a few lines of text; anything much larger is not one. */
const MAX_BODY_BYTES = 16 * 1024;

/**
 * A visitor's "report an error", passed on to the CMS. JSON from the page's script, answered with a
 * status and the CMS's reason; a plain form post without it, answered by sending the visitor back
 * to the page with the outcome in the address (`?report=sent#report-sent`). The CMS counts its rate
 * limit per visitor: the site names the visitor's address in headers signed with the secret the two
 * share, so neither the site's own address nor an X-Forwarded-For a visitor sends decides it.
 */
export async function POST(request: Request): Promise<Response> {
  const contentType = request.headers.get('content-type') ?? '';
  const isForm = contentType.includes('form');
  const body = await readLimitedBody(request, MAX_BODY_BYTES);
  const fields = body === 'too-large' ? {} : await parseReportFields(body, contentType);
  const back = (outcome: ReportOutcome) => {
    const page = reportPagePath(fields.pageUrl)?.replace(/[?#].*$/, '') ?? '/';
    return Response.redirect(new URL(`${page}?report=${outcome}#report-${outcome}`, request.url), 303);
  };
  if (body === 'too-large') {
    return isForm
      ? back('too-large')
      : Response.json({ error: `The report is larger than ${MAX_BODY_BYTES / 1024} KB.` }, { status: 413 });
  }
  const read = readReport(fields);
  if ('invalid' in read) {
    return isForm
      ? back('invalid')
      : Response.json({ error: read.invalid, field: read.field }, { status: 400 });
  }

  const secret = env().REVALIDATE_SECRET;
  let response: Response;
  try {
    response = await fetch(`${env().CMS_URL}/api/reports`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(secret ? visitorAddressHeaders(requestClientAddress(request.headers), secret) : {}),
      },
      body: JSON.stringify(read.report),
      cache: 'no-store',
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    console.error(`[paseo] could not pass a report to the CMS: ${String(error)}`);
    return isForm
      ? back('failed')
      : Response.json({ error: 'The report could not be sent.' }, { status: 502 });
  }
  if (response.ok) return isForm ? back('sent') : Response.json({ sent: true }, { status: 201 });
  if (response.status >= 400 && response.status < 500) {
    const answer = await refusal(response);
    if (isForm) return back(answer.outcome);
    return Response.json(answer.body, {
      status: answer.status,
      ...(answer.retryAfter ? { headers: { 'Retry-After': answer.retryAfter } } : {}),
    });
  }
  console.error(`[paseo] CMS refused a report: ${response.status} ${await response.text().catch(() => '')}`);
  return isForm ? back('failed') : Response.json({ error: 'The report could not be sent.' }, { status: 502 });
}
