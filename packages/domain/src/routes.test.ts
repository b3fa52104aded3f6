import { describe, expect, it } from 'vitest';
import { listPagePath, pagePath } from './routes.js';

describe('listPagePath', () => {
  it('keeps the first page at the list’s own address', () => {
    expect(listPagePath(pagePath('venue', 'es'), 'es', 1)).toBe('/es/lugares');
  });

  it('puts later pages under the language’s word for a page', () => {
    expect(listPagePath(pagePath('venue', 'es'), 'es', 2)).toBe('/es/lugares/pagina/2');
    expect(listPagePath(pagePath('category', 'en', 'museum'), 'en', 12)).toBe(
      '/en/categories/museum/page/12',
    );
  });
});
