import { describe, expect, it } from 'vitest';
import { malformedAddress, originOf, serializePolicy } from './securityHeaders.js';

describe('malformed addresses', () => {
  const check = (path: string) => malformedAddress(new URL(path, 'http://localhost:3000'));

  it('refuses overlong and other non-UTF-8 escapes, and NUL bytes in the path or the query', () => {
    expect(check('/%C0%AE')).toMatch(/UTF-8/);
    expect(check('/es/lugares/%FF')).toMatch(/UTF-8/);
    expect(check('/api/media/file/%00')).toMatch(/NUL/);
    expect(check('/api/venues?where[slug][equals]=%00')).toMatch(/NUL/);
  });

  it('accepts ordinary addresses, escaped UTF-8 included', () => {
    expect(check('/es/buscar?q=le%C3%B3n%20trotsky')).toBeUndefined();
    expect(check('/admin/collections/venues/12')).toBeUndefined();
  });
});

describe('policy helpers', () => {
  it('write directives in order, separated by semicolons', () => {
    expect(serializePolicy({ 'default-src': ["'self'"], 'img-src': ["'self'", 'data:'] })).toBe(
      "default-src 'self'; img-src 'self' data:",
    );
  });

  it('take the origin of absolute URLs only', () => {
    expect(originOf('http://localhost:3000/es')).toBe('http://localhost:3000');
    expect(originOf('/es')).toBeUndefined();
    expect(originOf(undefined)).toBeUndefined();
  });
});
