import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './securityHeaders';

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
