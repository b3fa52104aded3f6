import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, malformedAddress, originOf } from './securityHeaders';

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part.split(' ')[0] === name);

describe('the admin content security policy', () => {
  const policy = contentSecurityPolicy({
    cmsOrigin: 'https://cms.paseo.example',
    siteOrigin: 'https://paseo.example',
  });

  it('frames the site for live preview and OpenStreetMap for the map preview, and is framed by nobody else', () => {
    expect(directive(policy, 'frame-src')).toBe(
      'frame-src https://paseo.example https://www.openstreetmap.org',
    );
    expect(directive(policy, 'frame-ancestors')).toBe("frame-ancestors 'self'");
  });

  it('refuses inline event handlers, plugins and foreign scripts', () => {
    expect(directive(policy, 'script-src-attr')).toBe("script-src-attr 'none'");
    expect(directive(policy, 'object-src')).toBe("object-src 'none'");
    expect(directive(policy, 'script-src-elem')).not.toMatch(/https?:|\*/);
    expect(policy).not.toContain('unsafe-eval');
  });

  it('lets the admin call the API at its configured address', () => {
    expect(directive(policy, 'connect-src')).toBe("connect-src 'self' https://cms.paseo.example");
  });
});

describe('malformed addresses', () => {
  const check = (path: string) => malformedAddress(new URL(path, 'http://localhost:3001'));

  it('refuses overlong and other non-UTF-8 escapes, and NUL bytes', () => {
    expect(check('/admin/%C0%AE')).toMatch(/UTF-8/);
    expect(check('/api/media/file/%00')).toMatch(/NUL/);
    expect(check('/api/venues?where[slug][equals]=%00')).toMatch(/NUL/);
  });

  it('accepts ordinary addresses', () => {
    expect(check('/api/venues?where[slug][equals]=le%C3%B3n&depth=1')).toBeUndefined();
    expect(check('/admin/collections/venues/12')).toBeUndefined();
    expect(originOf('http://localhost:3000/es')).toBe('http://localhost:3000');
  });
});
