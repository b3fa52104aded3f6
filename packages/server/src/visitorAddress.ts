import { createHmac, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';

/**
 * A server that acts for a visitor (the public site passing on a report) names the visitor's
 * address in these headers, signed with a secret it shares with the receiver, so the receiver can
 * count the visitor rather than the server without believing anyone else's claim.
 */
export const VISITOR_ADDRESS_HEADER = 'x-paseo-visitor-address';
export const VISITOR_SIGNATURE_HEADER = 'x-paseo-visitor-signature';

const sign = (address: string, secret: string) =>
  createHmac('sha256', secret).update(`visitor-address:${address}`).digest('hex');

export function visitorAddressHeaders(address: string, secret: string): Record<string, string> {
  return { [VISITOR_ADDRESS_HEADER]: address, [VISITOR_SIGNATURE_HEADER]: sign(address, secret) };
}

/** The signed visitor address, or undefined when it is absent, malformed or not signed with `secret`. */
export function verifiedVisitorAddress(headers: Headers, secret: string | undefined): string | undefined {
  const address = headers.get(VISITOR_ADDRESS_HEADER)?.trim();
  const signature = headers.get(VISITOR_SIGNATURE_HEADER)?.trim();
  if (!secret || !address || !signature || isIP(address) === 0) return undefined;
  const expected = Buffer.from(sign(address, secret), 'hex');
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected) ? address : undefined;
}
