import { describe, expect, it } from 'vitest';
import { isAuthorized, parseRevalidateBody } from './revalidation';

const secret = 'dev-revalidate-secret-0123456789abcdef';

describe('revalidation requests', () => {
  it('accepts only the exact bearer secret', () => {
    expect(isAuthorized(`Bearer ${secret}`, secret)).toBe(true);
    expect(isAuthorized(`Bearer ${secret}x`, secret)).toBe(false);
    expect(isAuthorized(secret, secret)).toBe(false);
    expect(isAuthorized(null, secret)).toBe(false);
  });

  it('refuses everyone when the server has no real secret', () => {
    expect(isAuthorized('Bearer ', undefined)).toBe(false);
    expect(isAuthorized('Bearer short', 'short')).toBe(false);
  });

  it('keeps site-relative paths and tags, and drops anything else', () => {
    expect(
      parseRevalidateBody({
        paths: ['/es/lugares/a', '//evil.example/x', 'http://x/y', '/sitemap.xml', '/es/lugares/a'],
        tags: ['venues', 'venues:a', '', 7],
      }),
    ).toEqual({ paths: ['/es/lugares/a', '/sitemap.xml'], tags: ['venues', 'venues:a'] });
    expect(parseRevalidateBody({ paths: 'x' })).toBeUndefined();
    expect(parseRevalidateBody({})).toBeUndefined();
    expect(parseRevalidateBody(null)).toBeUndefined();
  });
});
