import { describe, expect, it } from 'vitest';
import {
  type SitemapEntry,
  sitemapIndexXml,
  sitemapXml,
  VENUES_PER_SITEMAP,
  venueSitemapCount,
} from './sitemap';

const site = (path: string) => `https://paseo.example${path}`;
const venues = (count: number): SitemapEntry[] =>
  Array.from({ length: count }, (_, i) => ({
    alternates: { es: `/es/lugares/lugar-${i}`, en: `/en/places/place-${i}` },
    lastModified: `2026-0${1 + (i % 9)}-15T10:00:00.000Z`,
  }));

describe('venueSitemapCount', () => {
  it('needs no index while one file holds every venue', () => {
    expect(venueSitemapCount(0)).toBe(0);
    expect(venueSitemapCount(VENUES_PER_SITEMAP)).toBe(0);
  });

  it('names one file for each started batch of venues past that', () => {
    expect(venueSitemapCount(VENUES_PER_SITEMAP + 1)).toBe(2);
    expect(venueSitemapCount(10_009)).toBe(Math.ceil(10_009 / VENUES_PER_SITEMAP));
  });
});

describe('sitemapIndexXml', () => {
  it('names each file by its address, from /sitemaps/1.xml', () => {
    const xml = sitemapIndexXml(3, site);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml.match(/<sitemap>/g)).toHaveLength(3);
    expect(xml).toContain('<sitemap><loc>https://paseo.example/sitemaps/1.xml</loc></sitemap>');
    expect(xml).toContain('<loc>https://paseo.example/sitemaps/3.xml</loc>');
    expect(xml).not.toContain('sitemaps/4.xml');
  });
});

describe('sitemapXml', () => {
  it('lists each page once per language, naming its twin, with the day it last changed', () => {
    const xml = sitemapXml(venues(2), site);
    expect(xml.match(/<url>/g)).toHaveLength(4);
    expect(xml).toContain(
      '<url><loc>https://paseo.example/en/places/place-1</loc><lastmod>2026-02-15</lastmod>' +
        '<xhtml:link rel="alternate" hreflang="es" href="https://paseo.example/es/lugares/lugar-1"/>' +
        '<xhtml:link rel="alternate" hreflang="en" href="https://paseo.example/en/places/place-1"/></url>',
    );
  });

  it('keeps a file of venues far inside the protocol: 50,000 addresses and 50 MB', () => {
    const xml = sitemapXml(venues(VENUES_PER_SITEMAP), site);
    expect(xml.match(/<url>/g)?.length).toBeLessThanOrEqual(50_000);
    expect(Buffer.byteLength(xml)).toBeLessThan(50 * 1024 * 1024);
  });

  it('escapes what XML would read as markup', () => {
    const xml = sitemapXml([{ alternates: { es: '/es/lugares/a&b', en: '/en/places/"c"' } }], site);
    expect(xml).toContain('<loc>https://paseo.example/es/lugares/a&amp;b</loc>');
    expect(xml).toContain('href="https://paseo.example/en/places/&quot;c&quot;"');
  });
});
