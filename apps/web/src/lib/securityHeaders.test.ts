import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, malformedAddress, originOf } from './securityHeaders';

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.split(' ')[0] === name);

describe('content security policy', () => {
  const policy = contentSecurityPolicy({ cmsOrigin: 'https://cms.paseo.example' });

  it('lets the CMS frame the site for its live preview, and nobody else', () => {
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'self' https://cms.paseo.example");
    expect(directive(contentSecurityPolicy({ cmsOrigin: undefined }), 'frame-ancestors')).toBe(
      "frame-ancestors 'self'",
    );
  });

  it('refuses inline event handlers, plugins and foreign scripts', () => {
    expect(directive(policy, 'script-src-attr')).toBe("script-src-attr 'none'");
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    expect(directive(policy, 'script-src-elem')).not.toMatch(/https?:|\*/);
    expect(policy).not.toContain('unsafe-eval');
  });

  it('allows the map tiles', () => {
    expect(directive(policy, 'img-src')).toContain('https://tile.openstreetmap.org');
  });
});

describe('origins', () => {
  it('reads the origin of a URL, or nothing', () => {
    expect(originOf('http://localhost:3001/admin')).toBe('http://localhost:3001');
    expect(originOf('not a url')).toBeUndefined();
    expect(originOf(undefined)).toBeUndefined();
  });
});

describe('malformed addresses', () => {
  const check = (path: string) => malformedAddress(new URL(path, 'http://localhost:3000'));

  it('refuses percent escapes that are not UTF-8, overlong forms included', () => {
    expect(check('/media/%C0%AE%C0%AE')).toMatch(/UTF-8/);
    expect(check('/es/lugares/%E0%80%AF')).toMatch(/UTF-8/);
    expect(check('/%FF')).toMatch(/UTF-8/);
  });

  it('refuses NUL bytes in the path or the query', () => {
    expect(check('/media/%00')).toMatch(/NUL/);
    expect(check('/es/lugares/a%00b')).toMatch(/NUL/);
    expect(check('/es/buscar?q=%00')).toMatch(/NUL/);
  });

  it('accepts ordinary addresses, accents and encoded slashes included', () => {
    expect(check('/es/lugares/museo-casa-de-le%C3%B3n-trotsky')).toBeUndefined();
    expect(check('/es/buscar?q=caf%C3%A9+de+olla')).toBeUndefined();
    expect(check('/media/a%2Fb.png')).toBeUndefined();
    expect(check('/')).toBeUndefined();
  });
});
