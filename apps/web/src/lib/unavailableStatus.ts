import { ServerResponse } from 'node:http';
import { failedReadWithin } from '@/data/outage';

/** How long a visitor is asked to wait before trying again; the CMS client re-probes sooner. */
export const RETRY_AFTER_SECONDS = 10;

/** A server error this close to a failed CMS read is taken as caused by it. */
const ATTRIBUTION_MS = 5_000;

type WriteHead = ServerResponse['writeHead'];

/**
 * The framework answers every failed render with 500 and offers no way to pick another status.
 * A page that failed because the CMS could not answer (and nothing cached could stand in) is not
 * a fault of the site: it is answered as 503 with Retry-After and kept out of every cache, so
 * browsers, crawlers and caches in front know to come back shortly. The page itself says
 * "temporarily unavailable" in the visitor's language (`app/[locale]/error.tsx`).
 */
export function answerCmsOutagesWith503(): void {
  const marked = ServerResponse.prototype as ServerResponse & { paseoOutageStatus?: true };
  if (marked.paseoOutageStatus) return;
  marked.paseoOutageStatus = true;
  const writeHead = ServerResponse.prototype.writeHead;
  ServerResponse.prototype.writeHead = function (
    this: ServerResponse,
    statusCode: number,
    ...rest: unknown[]
  ) {
    if (statusCode === 500 && failedReadWithin(ATTRIBUTION_MS) && !this.headersSent) {
      this.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      this.setHeader('cache-control', 'no-store');
      const [message, ...others] = rest;
      const args = typeof message === 'string' ? ['Service Unavailable', ...others] : rest;
      return (writeHead as (...args: unknown[]) => ServerResponse).call(this, 503, ...args);
    }
    return (writeHead as (...args: unknown[]) => ServerResponse).call(this, statusCode, ...rest);
  } as WriteHead;
}
