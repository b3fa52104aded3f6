import { describe, expect, it } from 'vitest';
import { isSafeLinkUrl, isSitePath } from './links.js';

describe('isSafeLinkUrl', () => {
  it.each([
    'https://example.org/a?b=c#d',
    'http://example.org',
    'mailto:info@example.org',
    'tel:+525555555555',
    '/es/guias/dinero',
    'guias/dinero',
    '#horario',
    '?q=museo',
  ])('accepts %j', (url) => {
    expect(isSafeLinkUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\rscript:alert(1)',
    '   javascript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u0001 javascript:alert(1)',
    'jav&#x09;ascript:alert(1)'.replace('&#x09;', '\t'),
    'javascript&colon;alert(1)',
    'javascript&#58;alert(1)',
    'javascript&#x3A;alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org',
    `https://example.org/${'a'.repeat(2100)}`,
  ])('refuses %j', (url) => {
    expect(isSafeLinkUrl(url)).toBe(false);
  });
});

describe('isSitePath', () => {
  it.each(['/', '/es/lugares/museo-casa-de-leon-trotsky', '/en/search?q=frida', '/es#mapa'])(
    'accepts %j',
    (path) => {
      expect(isSitePath(path)).toBe(true);
    },
  );

  it.each([
    '//evil.example',
    '//evil.example/es',
    '/\\evil.example',
    '\\/evil.example',
    '/\\/evil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    ' //evil.example',
    'https://evil.example',
    'http:/evil.example',
    'javascript:alert(1)',
    'es/lugares',
    '',
    `/${'a'.repeat(2100)}`,
  ])('refuses %j', (path) => {
    expect(isSitePath(path)).toBe(false);
  });
});
