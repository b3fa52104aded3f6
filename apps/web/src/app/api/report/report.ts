import { isSitePath } from '@paseo/domain';

/** What a report comes to, for the page's script (as the status) and for a plain form post. */
export type ReportOutcome = 'sent' | 'invalid' | 'invalid-email' | 'rate-limited' | 'too-large' | 'failed';

export type Report = {
  venue?: number | string;
  pageUrl: string;
  message: string;
  email?: string;
  website: string;
};

export type ReportFields = Record<string, unknown>;

/** The fields of a JSON, url-encoded or multipart body; empty when it cannot be read. */
export async function parseReportFields(body: Uint8Array, contentType: string): Promise<ReportFields> {
  try {
    if (
      contentType.includes('application/x-www-form-urlencoded') ||
      contentType.includes('multipart/form-data')
    ) {
      const form = await new Response(body as BodyInit, {
        headers: { 'content-type': contentType },
      }).formData();
      return Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === 'string'));
    }
    const parsed: unknown = JSON.parse(new TextDecoder().decode(body));
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as ReportFields) : {};
  } catch {
    return {};
  }
}

/** The page a report is about, if it is a path on this site short enough to store. */
export function reportPagePath(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= 500 && isSitePath(value) ? value : undefined;
}

/** The report, or the field that is wrong. */
export function readReport(fields: ReportFields): { report: Report } | { invalid: string; field: string } {
  const message = typeof fields.message === 'string' ? fields.message.trim() : '';
  if (message.length < 5 || message.length > 2000)
    return { invalid: 'The message must be between 5 and 2000 characters.', field: 'message' };
  const pageUrl = reportPagePath(fields.pageUrl);
  if (!pageUrl) return { invalid: 'The page must be a path on this site.', field: 'pageUrl' };
  const venue = typeof fields.venue === 'number' || typeof fields.venue === 'string' ? fields.venue : '';
  const email = typeof fields.email === 'string' ? fields.email.trim() : '';
  return {
    report: {
      ...(String(venue) !== '' ? { venue: Number.isNaN(Number(venue)) ? venue : Number(venue) } : {}),
      pageUrl,
      message,
      ...(email ? { email } : {}),
      website: typeof fields.website === 'string' ? fields.website : '',
    },
  };
}

type CmsErrorBody = {
  errors?: { message?: string; data?: { errors?: { path?: string; message?: string }[] } }[];
};

/** What the site answers when the CMS refused a report with a 4xx: the CMS's reason, and the field. */
export async function refusal(response: Response): Promise<{
  outcome: ReportOutcome;
  status: number;
  body: { error: string; field?: string; retryAfterSeconds?: number };
  retryAfter?: string;
}> {
  const parsed = (await response.json().catch(() => ({}))) as CmsErrorBody;
  const first = parsed.errors?.[0];
  const fieldError = first?.data?.errors?.[0];
  if (response.status === 429) {
    const retryAfter = response.headers.get('retry-after') ?? '600';
    return {
      outcome: 'rate-limited',
      status: 429,
      body: {
        error: first?.message ?? 'Too many reports; please try again later.',
        retryAfterSeconds: Number(retryAfter),
      },
      retryAfter,
    };
  }
  const field = fieldError?.path;
  return {
    outcome: field === 'email' ? 'invalid-email' : 'invalid',
    status: 400,
    body: {
      error: fieldError?.message ?? first?.message ?? 'The report was not accepted.',
      ...(field ? { field } : {}),
    },
  };
}
