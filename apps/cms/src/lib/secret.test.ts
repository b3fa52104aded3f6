import { describe, expect, it } from 'vitest';
import { payloadSecret } from './secret';

describe('payloadSecret', () => {
  const strong = `${'f'.repeat(16)}0123456789abcdef0123`;

  it('refuses to start production without a secret, or with a default one', () => {
    for (const secret of [undefined, '', 'secret', 'paseo-dev-secret', 'short']) {
      expect(() => payloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: secret })).toThrow(
        /PAYLOAD_SECRET/,
      );
    }
  });

  it('accepts a long random secret in production', () => {
    expect(payloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: strong })).toBe(strong);
  });

  it('lets development and the build run without one', () => {
    expect(payloadSecret({ NODE_ENV: 'development' })).toBeTruthy();
    expect(payloadSecret({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).toBeTruthy();
  });
});
