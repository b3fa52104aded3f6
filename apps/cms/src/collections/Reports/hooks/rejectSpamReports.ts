import { APIError, type CollectionBeforeValidateHook } from 'payload';

const WINDOW_MS = 10 * 60 * 1000;
const MAX_PER_WINDOW = 5;
const recentBySender = new Map<string, number[]>();

/** The visitor's address as the public site forwards it; direct callers are keyed the same way. */
function senderOf(headers: Headers): string {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip') || 'unknown';
}

/**
 * Anonymous reports are welcome, robots and floods are not: a filled honeypot is refused, and one
 * sender may file at most five reports in ten minutes (per CMS process).
 */
export const rejectSpamReports: CollectionBeforeValidateHook = ({ data, req, operation }) => {
  if (operation !== 'create' || req.user) return data;
  if (typeof data?.website === 'string' && data.website.trim() !== '') {
    throw new APIError('This report could not be accepted.', 400, undefined, true);
  }
  const sender = senderOf(req.headers);
  const now = Date.now();
  const recent = (recentBySender.get(sender) ?? []).filter((at) => now - at < WINDOW_MS);
  if (recent.length >= MAX_PER_WINDOW) {
    throw new APIError('Too many reports from this address; please try again later.', 429, undefined, true);
  }
  recentBySender.set(sender, [...recent, now]);
  return data;
};
