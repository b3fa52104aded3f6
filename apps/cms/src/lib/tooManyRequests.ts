import { APIError, type PayloadRequest } from 'payload';
import type { LimitState } from './requestLimits';

/** A 429 that tells the client when to try again (Payload sends `req.responseHeaders` with errors). */
export function tooManyRequests(req: PayloadRequest, message: string, limit: LimitState): APIError {
  const headers = new Headers(req.responseHeaders);
  headers.set('Retry-After', String(limit.retryAfterSeconds));
  req.responseHeaders = headers;
  return new APIError(message, 429, { retryAfterSeconds: limit.retryAfterSeconds }, true);
}
