import { describe, expect, it } from 'vitest';
import { fixtures } from './fixtures/index.js';
import { breadcrumbJsonLd, guideJsonLd, guideJsonLdBodyLength, venueJsonLd, walkJsonLd } from './jsonLd.js';
import { neighborhoodTrail } from './neighborhood.js';

const trotsky = fixtures.venues.find((venue) => venue.slug.es === 'museo-casa-de-leon-trotsky');
if (!trotsky) throw new Error('fixture missing');

const context = {
  locale: 'en' as const,
  url: 'https://paseo.example/en/places/leon-trotsky-house-museum',
  absoluteUrl: (url: string) => new URL(url, 'https://paseo.example').toString(),
  neighborhoods: neighborhoodTrail(trotsky.neighborhood, fixtures.neighborhoods).map((neighborhood) => ({
    neighborhood,
  })),
  at: new Date('2026-11-23T18:00:00Z'),
};

describe('venueJsonLd', () => {
  const ld = venueJsonLd(trotsky, context);

  it('types the venue as its category and as a tourist attraction', () => {
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toEqual(['Museum', 'TouristAttraction']);
    expect(ld.name).toBe('Leon Trotsky House Museum');
  });

  it('places it: coordinates, address and the neighborhood within its borough', () => {
    expect(ld.geo).toEqual({
      '@type': 'GeoCoordinates',
      latitude: trotsky.location.latitude,
      longitude: trotsky.location.longitude,
    });
    expect(ld.address).toMatchObject({
      '@type': 'PostalAddress',
      postalCode: trotsky.address.postalCode,
      addressCountry: 'MX',
    });
    expect(ld.containedInPlace).toMatchObject({
      name: 'Del Carmen',
      containedInPlace: { '@type': 'AdministrativeArea', name: 'Coyoacán' },
    });
  });

  it('credits its image with creator, licence and where to get one', () => {
    const [image] = ld.image as unknown as Record<string, unknown>[];
    expect(image).toMatchObject({
      '@type': 'ImageObject',
      contentUrl: `https://paseo.example${trotsky.heroImage.url}`,
      creator: { '@type': 'Person', name: trotsky.heroImage.credit.author },
      license: trotsky.heroImage.credit.licenseUrl,
      acquireLicensePage: trotsky.heroImage.credit.sourceUrl,
    });
    expect(image?.creditText).toContain(trotsky.heroImage.credit.author);
  });

  it('lists the opening hours of the week, closed days left out', () => {
    const hours = ld.openingHoursSpecification as unknown as {
      dayOfWeek?: string;
      opens: string;
      closes: string;
    }[];
    const days = hours.filter((spec) => spec.dayOfWeek).map((spec) => spec.dayOfWeek);
    expect(days).not.toContain('Monday');
    expect(hours.find((spec) => spec.dayOfWeek === 'Tuesday')).toMatchObject({
      opens: '10:00',
      closes: '17:00',
    });
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(ld))).toEqual(ld);
  });
});

describe('breadcrumbJsonLd', () => {
  it('numbers the trail from the outermost level', () => {
    const crumbs = breadcrumbJsonLd([
      { name: 'Coyoacán', url: 'https://paseo.example/en/neighborhoods/coyoacan' },
      { name: 'Del Carmen', url: 'https://paseo.example/en/neighborhoods/del-carmen' },
    ]);
    expect(crumbs.itemListElement).toEqual([
      {
        '@type': 'ListItem',
        position: 1,
        name: 'Coyoacán',
        item: 'https://paseo.example/en/neighborhoods/coyoacan',
      },
      {
        '@type': 'ListItem',
        position: 2,
        name: 'Del Carmen',
        item: 'https://paseo.example/en/neighborhoods/del-carmen',
      },
    ]);
  });
});

describe('guideJsonLd', () => {
  const guide = fixtures.guides[0];
  if (!guide) throw new Error('fixture missing');
  const url = 'https://paseo.example/es/guias/una-guia';

  it('describes a guide as an article in the page’s language', () => {
    const ld = guideJsonLd(guide, { locale: 'es', url });
    expect(ld).toMatchObject({
      '@type': 'Article',
      headline: guide.title.es,
      description: guide.summary.es,
      inLanguage: 'es',
      url,
    });
    expect(String(ld.articleBody).length).toBeGreaterThan(0);
  });

  it('cuts a long body at a word, and gives English where it is written', () => {
    const long = {
      ...guide,
      body: {
        es: { root: { type: 'root', children: [] } },
        en: {
          root: {
            type: 'root',
            children: [{ type: 'paragraph', children: [{ type: 'text', text: 'walk '.repeat(2000) }] }],
          },
        },
      },
    } as typeof guide;
    const body = String(guideJsonLd(long, { locale: 'en', url }).articleBody);
    expect(body.length).toBeLessThanOrEqual(guideJsonLdBodyLength);
    expect(body).toMatch(/^walk walk .*walk…$/);
  });
});

describe('walkJsonLd', () => {
  const walk = fixtures.walks.find((w) => w.slug.es === 'dos-casas-y-un-mercado');
  if (!walk) throw new Error('fixture missing');
  const ld = walkJsonLd(walk, fixtures.venues, {
    locale: 'en',
    url: 'https://paseo.example/en/walks/two-houses-and-a-market',
    absoluteUrl: context.absoluteUrl,
    venueUrl: (venue) => `https://paseo.example/en/places/${venue.slug.en ?? venue.slug.es}`,
  });

  it('is a tourist trip whose itinerary is the stops in order, each a place on the map', () => {
    expect(ld['@type']).toBe('TouristTrip');
    expect(ld.name).toBe('Two houses and a market in Del Carmen');
    const itinerary = ld.itinerary as unknown as {
      numberOfItems: number;
      itemListElement: Record<string, unknown>[];
    };
    expect(itinerary.numberOfItems).toBe(3);
    expect(itinerary.itemListElement.map((entry) => entry.position)).toEqual([1, 2, 3]);
    expect(itinerary.itemListElement[0]).toMatchObject({
      '@type': 'ListItem',
      item: {
        '@type': 'TouristAttraction',
        name: 'Frida Kahlo Museum',
        url: 'https://paseo.example/en/places/frida-kahlo-museum',
        geo: { '@type': 'GeoCoordinates', latitude: 19.35503, longitude: -99.16284 },
      },
    });
    expect(itinerary.itemListElement[2]).toMatchObject({ item: { name: 'Leon Trotsky House Museum' } });
  });

  it('carries the hero image with its credit', () => {
    expect(ld.image).toMatchObject({ '@type': 'ImageObject', creator: { name: 'Paseo sample images' } });
  });
});
