import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustedProxies } from './clientAddress.js';

describe('clientAddress', () => {
  const none = parseTrustedProxies(undefined);
  const proxies = parseTrustedProxies('10.0.0.0/8, 192.168.1.5, ::1');

  it('believes the socket and ignores X-Forwarded-For when no proxy is trusted', () => {
    expect(clientAddress('203.0.113.7', '198.51.100.1', none)).toBe('203.0.113.7');
    expect(clientAddress('::ffff:127.0.0.1', '1.2.3.4, 5.6.7.8', none)).toBe('127.0.0.1');
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', () => {
    expect(clientAddress('203.0.113.7', '198.51.100.1', proxies)).toBe('203.0.113.7');
  });

  it('takes the right-most untrusted entry behind trusted proxies', () => {
    // The client wrote 1.1.1.1; the first proxy appended the client's real address.
    expect(clientAddress('10.0.0.2', '1.1.1.1, 198.51.100.9, 10.0.0.1', proxies)).toBe('198.51.100.9');
    expect(clientAddress('::1', '198.51.100.9', proxies)).toBe('198.51.100.9');
    expect(clientAddress('::ffff:192.168.1.5', ['2.2.2.2', '198.51.100.9'], proxies)).toBe('198.51.100.9');
  });

  it('falls back to the proxy itself when it forwarded nothing usable', () => {
    expect(clientAddress('10.0.0.2', undefined, proxies)).toBe('10.0.0.2');
    expect(clientAddress('10.0.0.2', 'not-an-address', proxies)).toBe('10.0.0.2');
    expect(clientAddress(undefined, '1.2.3.4', proxies)).toBe('unknown');
  });

  it('refuses a list it cannot read', () => {
    expect(() => parseTrustedProxies('10.0.0.0/8, proxy.internal')).toThrow(/proxy\.internal/);
    expect(() => parseTrustedProxies('10.0.0.0/33')).toThrow(/prefix/);
  });
});
