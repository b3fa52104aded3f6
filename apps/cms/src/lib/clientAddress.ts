import { requestClientAddress, verifiedVisitorAddress } from '@paseo/server';
import type { PayloadRequest } from 'payload';
import { env } from '../env';

/**
 * Who a request counts as for rate limits: the visitor the public site acts for, when the site
 * signed that address with the secret the two share; otherwise the client as the server saw it
 * (its socket, or a trusted proxy's report). X-Forwarded-For sent by anyone else counts for nothing.
 */
export function clientAddress(req: Pick<PayloadRequest, 'headers'>): string {
  return verifiedVisitorAddress(req.headers, env().REVALIDATE_SECRET) ?? requestClientAddress(req.headers);
}
