import { categoryKeys, locales } from '@paseo/domain';
import { describe, expect, it } from 'vitest';
import { sitemapXml } from './sitemap';
import {
  categoryFromSlug,
  categoryPath,
  entryAlternates,
  listPageAlternates,
  listPageNumber,
  preferredLocale,
  routePath,
  sectionFromSegment,
} from './urls';

describe('addresses', () => {
  it('picks the home language from the browser', () => {
    expect(preferredLocale('en-GB,en;q=0.9')).toBe('en');
    expect(preferredLocale('fr-FR,fr;q=0.9,en;q=0.8,es;q=0.7')).toBe('en');
    expect(preferredLocale('es-MX,es;q=0.9,en;q=0.8')).toBe('es');
    expect(preferredLocale('de')).toBe('es');
    expect(preferredLocale(null)).toBe('es');
    expect(preferredLocale('en;q=0, es')).toBe('es');
  });

  it('gives every category an address in each language and reads it back', () => {
    for (const key of categoryKeys) {
      for (const locale of locales) {
        const slug = categoryPath(key, locale).split('/').pop() ?? '';
        expect(categoryFromSlug(slug, locale)).toBe(key);
      }
    }
    expect(categoryPath('museum', 'es')).toBe('/es/categorias/museo');
    expect(categoryPath('cultural-centre', 'en')).toBe('/en/categories/cultural-centre');
  });

  it('knows sections only in their own language', () => {
    expect(sectionFromSegment('lugares', 'es')).toBe('venue');
    expect(sectionFromSegment('lugares', 'en')).toBeUndefined();
    expect(sectionFromSegment('places', 'en')).toBe('venue');
  });

  it('reads a list page’s number, and nothing else, as one', () => {
    expect(listPageNumber(undefined)).toBe(1);
    expect(listPageNumber('2')).toBe(2);
    expect(listPageNumber('418')).toBe(418);
    for (const value of ['0', '02', '-1', '1.5', 'dos', '', '10000000']) {
      expect(listPageNumber(value), value).toBeUndefined();
    }
    expect(listPageAlternates(entryAlternates('category', { es: 'museo', en: 'museum' }), 3)).toEqual({
      es: '/es/categorias/museo/pagina/3',
      en: '/en/categories/museum/page/3',
    });
  });

  it('serves a Spanish address from the route named in English, and no address in the other language’s words', () => {
    expect(routePath('/es/lugares/museo-frida-kahlo')).toBe('/es/places/museo-frida-kahlo');
    expect(routePath('/es/lugares/pagina/2')).toBe('/es/places/page/2');
    expect(routePath('/es/categorias/museo/pagina/3')).toBe('/es/categories/museo/page/3');
    expect(routePath('/es/buscar')).toBe('/es/search');
    expect(routePath('/en/places/page/2')).toBe('/en/places/page/2');
    expect(routePath('/es')).toBe('/es');
    expect(routePath('/media/a.jpg')).toBe('/media/a.jpg');
    // A slug that happens to be a word for a page is still a slug.
    expect(routePath('/es/lugares/pagina')).toBe('/es/places/pagina');
    for (const path of [
      '/es/places/x',
      '/en/lugares/x',
      '/es/lugares/page/2',
      '/en/categories/museum/pagina/2',
    ]) {
      expect(routePath(path), path).toBeUndefined();
    }
  });

  it('links an entry to its other-language twin, falling back to the Spanish slug', () => {
    expect(entryAlternates('venue', { es: 'museo-frida-kahlo', en: 'frida-kahlo-museum' })).toEqual({
      es: '/es/lugares/museo-frida-kahlo',
      en: '/en/places/frida-kahlo-museum',
    });
    expect(entryAlternates('guide', { es: 'solo-espanol' }).en).toBe('/en/guides/solo-espanol');
  });

  it('lists both languages in the sitemap with hreflang links', () => {
    const xml = sitemapXml(
      [{ alternates: { es: '/es/lugares/a&b', en: '/en/places/a' }, lastModified: '2026-11-20T10:00:00Z' }],
      (path) => `https://paseo.example${path}`,
    );
    expect(xml).toContain('<loc>https://paseo.example/es/lugares/a&amp;b</loc>');
    expect(xml).toContain('<loc>https://paseo.example/en/places/a</loc>');
    expect(xml).toContain('hreflang="en" href="https://paseo.example/en/places/a"');
    expect(xml).toContain('<lastmod>2026-11-20</lastmod>');
  });
});
