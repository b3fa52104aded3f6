import { describe, expect, it } from 'vitest';
import { trustedOrigins } from './origins';

describe('trustedOrigins', () => {
  it('lists a local origin under each loopback name', () => {
    expect(trustedOrigins(['http://localhost:3001/', 'http://127.0.0.1:3000'])).toEqual([
      'http://localhost:3001',
      'http://127.0.0.1:3001',
      'http://[::1]:3001',
      'http://127.0.0.1:3000',
      'http://localhost:3000',
      'http://[::1]:3000',
    ]);
  });

  it('lists a public origin as it is, once', () => {
    expect(
      trustedOrigins(['https://cms.paseo.example', 'https://cms.paseo.example/admin', undefined]),
    ).toEqual(['https://cms.paseo.example']);
  });

  it('refuses something that is not a URL', () => {
    expect(() => trustedOrigins(['localhost:3000'])).toThrow(/not a URL/);
  });
});
