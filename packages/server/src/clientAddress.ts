import { BlockList, isIP } from 'node:net';

/** The header the server writes the client's address into, after removing any a client sent. */
export const CLIENT_ADDRESS_HEADER = 'x-paseo-client-address';

/** Set in the serving process, so application code knows the header above can be believed. */
export const CLIENT_ADDRESS_STAMPED_ENV = 'PASEO_CLIENT_ADDRESS_STAMPED';

const family = (address: string) => (isIP(address) === 6 ? 'ipv6' : 'ipv4');

/**
 * The proxies whose X-Forwarded-For is believed: a comma-separated list of addresses and CIDR
 * ranges (`10.0.0.0/8, ::1`). Anything that is not an address is refused loudly, since a typo here
 * would silently trust or distrust a whole network.
 */
export function parseTrustedProxies(list: string | undefined): BlockList {
  const trusted = new BlockList();
  for (const entry of (list ?? '').split(',').map((part) => part.trim())) {
    if (entry === '') continue;
    const [address = '', prefix] = entry.split('/');
    if (isIP(address) === 0) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address or CIDR range`);
    if (prefix === undefined) {
      trusted.addAddress(address, family(address));
      continue;
    }
    const bits = Number(prefix);
    const maxBits = family(address) === 'ipv6' ? 128 : 32;
    if (!/^\d+$/.test(prefix) || bits > maxBits)
      throw new Error(`TRUSTED_PROXIES: "${entry}" has an invalid prefix length`);
    trusted.addSubnet(address, bits, family(address));
  }
  return trusted;
}

const isTrusted = (address: string, trusted: BlockList) =>
  isIP(address) !== 0 && trusted.check(address, family(address));

/** `::ffff:127.0.0.1` and `127.0.0.1` are one client. */
const normalize = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');

/**
 * The client's address: the socket's peer, unless that peer is a trusted proxy, in which case the
 * right-most X-Forwarded-For entry that is not itself a trusted proxy. Entries to the left of that
 * one were written by the client and prove nothing.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: BlockList,
): string {
  const peer = normalize(socketAddress ?? '');
  if (peer === '' || !isTrusted(peer, trusted)) return peer || 'unknown';
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? ''))
    .split(',')
    .map((hop) => normalize(hop.trim()))
    .filter((hop) => hop !== '');
  for (let index = hops.length - 1; index >= 0; index--) {
    const hop = hops[index] as string;
    if (isIP(hop) === 0) return peer;
    if (!isTrusted(hop, trusted)) return hop;
  }
  return hops[0] ?? peer;
}
