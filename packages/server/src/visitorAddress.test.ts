import { describe, expect, it } from 'vitest';
import { verifiedVisitorAddress, visitorAddressHeaders } from './visitorAddress.js';

describe('visitor address', () => {
  const secret = 'a shared secret of some length';

  it('is believed when signed with the shared secret', () => {
    expect(verifiedVisitorAddress(new Headers(visitorAddressHeaders('198.51.100.4', secret)), secret)).toBe(
      '198.51.100.4',
    );
  });

  it('is not believed with another secret, another address, no signature or no secret', () => {
    const signed = visitorAddressHeaders('198.51.100.4', 'another secret');
    expect(verifiedVisitorAddress(new Headers(signed), secret)).toBeUndefined();
    const forged = new Headers(visitorAddressHeaders('198.51.100.4', secret));
    forged.set('x-paseo-visitor-address', '198.51.100.5');
    expect(verifiedVisitorAddress(forged, secret)).toBeUndefined();
    expect(
      verifiedVisitorAddress(new Headers({ 'x-paseo-visitor-address': '198.51.100.4' }), secret),
    ).toBeUndefined();
    expect(
      verifiedVisitorAddress(new Headers(visitorAddressHeaders('198.51.100.4', secret)), undefined),
    ).toBeUndefined();
  });
});
