import type {
  Article,
  BreadcrumbList,
  ImageObject,
  OpeningHoursSpecification,
  Place,
  PostalAddress,
  TouristAttractionLeaf,
  TouristTrip,
  WithContext,
} from 'schema-dts';
import { categories } from './category.js';
import { creditLine } from './credit.js';
import type { Guide } from './guide.js';
import { type Locale, localize } from './locale.js';
import type { Media } from './media.js';
import type { Neighborhood } from './neighborhood.js';
import { weeklyHours } from './openingHours.js';
import { cutAtWord, richTextToPlain } from './richText.js';
import { lastVerified, type Venue } from './venue.js';
import { stopVenues, type Walk, type WalkVenue } from './walk.js';

export type JsonLdContext = {
  locale: Locale;
  /** The canonical, absolute URL of the page the JSON-LD sits on. */
  url: string;
  /** Turns a media URL (often site-relative) into an absolute one. */
  absoluteUrl: (url: string) => string;
  /** The venue's neighborhood and the areas above it, outermost first, each with its page URL. */
  neighborhoods?: readonly { neighborhood: Neighborhood; url?: string }[];
  /** The week of opening hours is taken from this instant. Default: now. */
  at?: Date;
};

/** A venue as schema.org sees it: its category's own type, and always a tourist attraction. */
export type VenueJsonLd = WithContext<
  Omit<TouristAttractionLeaf, '@type'> & { '@type': [string, 'TouristAttraction'] }
>;

/** An image with its full credit, as search engines read licences (ImageObject). */
export function imageJsonLd(
  media: Media,
  context: Pick<JsonLdContext, 'locale' | 'absoluteUrl'>,
): ImageObject {
  const url = context.absoluteUrl(media.url);
  return {
    '@type': 'ImageObject',
    contentUrl: url,
    url,
    width: { '@type': 'QuantitativeValue', value: media.width, unitCode: 'E37' },
    height: { '@type': 'QuantitativeValue', value: media.height, unitCode: 'E37' },
    name: media.credit.title,
    caption: media.alt[context.locale],
    creditText: creditLine(media.credit, context.locale),
    creator: { '@type': 'Person', name: media.credit.author },
    copyrightNotice: media.credit.author,
    license: media.credit.licenseUrl,
    acquireLicensePage: media.credit.sourceUrl,
  };
}

function containedIn(context: JsonLdContext): Place | undefined {
  return (context.neighborhoods ?? []).reduce<Place | undefined>(
    (outer, { neighborhood, url }) => ({
      '@type': neighborhood.kind === 'borough' ? 'AdministrativeArea' : 'Place',
      name: localize(neighborhood.name, context.locale),
      ...(url ? { url } : {}),
      ...(outer ? { containedInPlace: outer } : {}),
    }),
    undefined,
  );
}

function openingHoursSpecification(venue: Venue, at: Date): OpeningHoursSpecification[] {
  if (!venue.openingHours) return [];
  const regular = weeklyHours(venue.openingHours, at).flatMap(({ day, intervals }) =>
    intervals.map(
      ({ opens, closes }): OpeningHoursSpecification => ({
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: day,
        opens,
        closes: closes === '24:00' ? '23:59' : closes,
      }),
    ),
  );
  // A closed day is written as opening and closing at midnight, valid for that date only.
  const closures = venue.openingHours.closures.map(
    ({ date }): OpeningHoursSpecification => ({
      '@type': 'OpeningHoursSpecification',
      opens: '00:00',
      closes: '00:00',
      validFrom: date,
      validThrough: date,
    }),
  );
  return [...regular, ...closures];
}

/** schema.org JSON-LD for a venue page. */
export function venueJsonLd(venue: Venue, context: JsonLdContext): VenueJsonLd {
  const { locale } = context;
  const address: PostalAddress = {
    '@type': 'PostalAddress',
    streetAddress: venue.address.street,
    addressLocality: `${venue.address.neighborhood}, ${venue.address.borough}`,
    addressRegion: venue.address.city,
    postalCode: venue.address.postalCode,
    addressCountry: venue.address.country,
  };
  const prices = venue.admission?.prices ?? [];
  const place = containedIn(context);
  const verified = lastVerified(venue);
  return {
    '@context': 'https://schema.org',
    '@type': [categories[venue.category].schemaType, 'TouristAttraction'],
    '@id': `${context.url}#place`,
    name: localize(venue.name, locale),
    description: localize(venue.teaser, locale),
    url: context.url,
    image: [venue.heroImage, ...venue.gallery].map((media) => imageJsonLd(media, context)),
    address,
    geo: {
      '@type': 'GeoCoordinates',
      latitude: venue.location.latitude,
      longitude: venue.location.longitude,
    },
    openingHoursSpecification: openingHoursSpecification(venue, context.at ?? new Date()),
    ...(place ? { containedInPlace: place } : {}),
    ...(prices.length > 0 ? { isAccessibleForFree: prices.every((p) => p.amountMXN === 0) } : {}),
    ...(venue.contact?.phone ? { telephone: venue.contact.phone } : {}),
    ...(venue.accessibility?.tourLanguages.length
      ? { availableLanguage: venue.accessibility.tourLanguages }
      : {}),
    ...(verified ? { sdDatePublished: verified } : {}),
  };
}

/** A breadcrumb trail, outermost first, for search results. */
export function breadcrumbJsonLd(
  items: readonly { name: string; url: string }[],
): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/** A neighborhood page's JSON-LD: the place, and the area it sits in. */
export function neighborhoodJsonLd(
  neighborhood: Neighborhood,
  /** `neighborhoods` here are the areas above this one, outermost first. */
  context: Pick<JsonLdContext, 'locale' | 'url' | 'neighborhoods'>,
): WithContext<Place & object> {
  const parent = containedIn({ ...context, absoluteUrl: (u) => u });
  return {
    '@context': 'https://schema.org',
    '@type': neighborhood.kind === 'borough' ? 'AdministrativeArea' : 'Place',
    name: localize(neighborhood.name, context.locale),
    description: localize(neighborhood.summary, context.locale),
    url: context.url,
    geo: {
      '@type': 'GeoCoordinates',
      latitude: neighborhood.centre.latitude,
      longitude: neighborhood.centre.longitude,
    },
    ...(parent ? { containedInPlace: parent } : {}),
  };
}

/** The most of a guide's body its JSON-LD carries: enough to describe it, not a second copy of the page. */
export const guideJsonLdBodyLength = 5000;

/** A practical guide as an article, its body as plain text. */
export function guideJsonLd(
  guide: Guide,
  context: Pick<JsonLdContext, 'locale' | 'url'>,
): WithContext<Article & object> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: localize(guide.title, context.locale),
    description: localize(guide.summary, context.locale),
    inLanguage: context.locale,
    url: context.url,
    articleBody: cutAtWord(richTextToPlain(localize(guide.body, context.locale)), guideJsonLdBodyLength),
    ...(guide.updatedAt ? { dateModified: guide.updatedAt } : {}),
  };
}

/**
 * A walk as a tourist trip: its itinerary the stops in order, each a tourist attraction with its
 * page and place on the map.
 */
export function walkJsonLd(
  walk: Walk,
  venues: readonly WalkVenue[],
  context: Pick<JsonLdContext, 'locale' | 'url' | 'absoluteUrl'> & { venueUrl: (venue: WalkVenue) => string },
): WithContext<TouristTrip> {
  const { locale } = context;
  return {
    '@context': 'https://schema.org',
    '@type': 'TouristTrip',
    name: localize(walk.title, locale),
    description: localize(walk.teaser, locale),
    url: context.url,
    image: imageJsonLd(walk.heroImage, context),
    itinerary: {
      '@type': 'ItemList',
      numberOfItems: walk.stops.length,
      itemListElement: stopVenues(walk, venues).map((venue, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        item: {
          '@type': 'TouristAttraction',
          name: localize(venue.name, locale),
          url: context.venueUrl(venue),
          geo: {
            '@type': 'GeoCoordinates',
            latitude: venue.location.latitude,
            longitude: venue.location.longitude,
          },
        },
      })),
    },
    ...(walk.updatedAt ? { dateModified: walk.updatedAt } : {}),
  };
}
