import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './securityHeaders';

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
