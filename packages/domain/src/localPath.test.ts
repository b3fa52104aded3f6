import { describe, expect, it } from 'vitest';
import { safeLocalPath } from './localPath.js';

describe('safeLocalPath', () => {
  it('keeps paths on this site', () => {
    expect(safeLocalPath('/es/lugares/museo-frida-kahlo')).toBe('/es/lugares/museo-frida-kahlo');
    expect(safeLocalPath('/en/search?q=caf%C3%A9#results')).toBe('/en/search?q=caf%C3%A9#results');
    expect(safeLocalPath('/')).toBe('/');
  });

  it('refuses anything a browser would take to another site', () => {
    for (const value of [
      '//evil.example/',
      '/\\evil.example',
      '\\\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      'evil.example',
      '',
      undefined,
      42,
    ]) {
      expect(safeLocalPath(value), String(value)).toBeUndefined();
    }
  });

  it('refuses overlong paths', () => {
    expect(safeLocalPath(`/${'a'.repeat(600)}`, 500)).toBeUndefined();
  });
});
