import { CLIENT_ADDRESS_HEADER, CLIENT_ADDRESS_STAMPED_ENV } from './clientAddress.js';

/**
 * The client's address as `paseo-serve` stamped it on the request. Under any other server (such as
 * `next dev`) a client could write that header itself, so it is not believed there: every request
 * then counts as one client, "unknown".
 */
export function requestClientAddress(headers: Headers): string {
  if (process.env[CLIENT_ADDRESS_STAMPED_ENV] !== '1') return 'unknown';
  return headers.get(CLIENT_ADDRESS_HEADER) || 'unknown';
}
