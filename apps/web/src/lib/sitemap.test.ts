import { describe, expect, it } from 'vitest';
import { type SitemapEntry, sitemapFiles, sitemapIndexXml, sitemapXml } from './sitemap';

const site = (path: string) => `https://paseo.example${path}`;
const venues = (count: number): SitemapEntry[] =>
  Array.from({ length: count }, (_, i) => ({
    alternates: { es: `/es/lugares/lugar-${i}`, en: `/en/places/place-${i}` },
    lastModified: `2026-0${1 + (i % 9)}-15T10:00:00.000Z`,
  }));

describe('sitemapFiles', () => {
  it('keeps everything in one file up to 50,000 addresses', () => {
    expect(sitemapFiles(venues(25_000))).toHaveLength(1);
  });

  it('cuts past 50,000 addresses, never parting an entry from its other language', () => {
    const files = sitemapFiles(venues(30_001));
    expect(files.map((file) => file.length)).toEqual([25_000, 5_001]);
    expect(files.flat()).toHaveLength(30_001);
  });

  it('starts a new file when an entry would not fit whole', () => {
    const odd: SitemapEntry[] = [{ alternates: { es: '/es' } as SitemapEntry['alternates'] }, ...venues(3)];
    expect(sitemapFiles(odd, 4).map((file) => file.length)).toEqual([2, 2]);
  });
});

describe('sitemapIndexXml', () => {
  it('names each file with the newest change among its entries', () => {
    const files = sitemapFiles(venues(30_001));
    const xml = sitemapIndexXml(files, site);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain(
      '<sitemap><loc>https://paseo.example/sitemaps/1.xml</loc><lastmod>2026-09-15</lastmod></sitemap>',
    );
    expect(xml).toContain('<loc>https://paseo.example/sitemaps/2.xml</loc>');
    expect(xml).not.toContain('sitemaps/3.xml');
  });

  it('leaves each file within the protocol: 50,000 addresses at most', () => {
    for (const file of sitemapFiles(venues(60_000))) {
      expect(sitemapXml(file, site).match(/<url>/g)?.length).toBeLessThanOrEqual(50_000);
    }
  });
});
