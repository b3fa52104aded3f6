import {
  availabilities,
  type CategoryKey,
  categoryKeys,
  defaultTimeZone,
  distanceMeters,
  type GeoPoint,
  maxWalkingMinutes,
  richTextFromParagraphs,
  slugFromName,
  type VenueInput,
  walkingMinutes,
} from '@paseo/domain';
import { guides, images, neighborhoods, venues as sampleVenues } from '@paseo/domain/fixtures';
import { bareStreet, type Pair, venueName } from './names';
import { cityBounds, colonias, hubs, type MapStop, streets, transitStops } from './places';
import { categoryProfiles } from './profiles';
import {
  accessibilityNotes,
  closureReasons,
  description,
  gettingThere,
  hoursNotes,
  teaser,
  tips,
} from './prose';
import { createRandom, type Random } from './random';

export type CityOptions = {
  /** The same seed gives the same city; the first N venues of a bigger city are the N of a smaller one. */
  seed?: number;
};

/** What a venue can belong to: the sample neighborhoods (the CMS refuses boroughs), by Spanish slug. */
const venueNeighborhoods = neighborhoods
  .filter((area) => area.kind === 'neighborhood')
  .map((area) => ({ slug: area.slug.es, centre: area.centre }));

function nearest<T>(point: GeoPoint, items: readonly T[], at: (item: T) => GeoPoint): T {
  let best = items[0] as T;
  let bestMeters = Number.POSITIVE_INFINITY;
  for (const item of items) {
    const meters = distanceMeters(point, at(item));
    if (meters < bestMeters) [best, bestMeters] = [item, meters];
  }
  return best;
}

const within = ({ latitude, longitude }: GeoPoint) =>
  latitude >= cityBounds.south &&
  latitude <= cityBounds.north &&
  longitude >= cityBounds.west &&
  longitude <= cityBounds.east;

/** Most venues crowd around the busy places; the rest are anywhere on the map. */
function placeOnMap(r: Random): GeoPoint {
  for (;;) {
    let point: GeoPoint;
    if (r.chance(0.6)) {
      const hub = r.pickWeighted(hubs, (h) => h.weight);
      point = {
        latitude: r.normal(hub.centre.latitude, hub.spreadDegrees),
        longitude: r.normal(hub.centre.longitude, hub.spreadDegrees),
      };
    } else {
      point = {
        latitude: r.between(cityBounds.south, cityBounds.north),
        longitude: r.between(cityBounds.west, cityBounds.east),
      };
    }
    // Five decimals: about a metre, as an editor types them.
    const rounded = {
      latitude: Math.round(point.latitude * 1e5) / 1e5,
      longitude: Math.round(point.longitude * 1e5) / 1e5,
    };
    if (within(rounded)) return rounded;
  }
}

function yearOpened(category: CategoryKey, r: Random): number {
  if (category === 'church') return r.int(1560, 1790);
  if (category === 'museum' || category === 'park') return r.int(1935, 2021);
  return r.int(1950, 2024);
}

/** A stop as a sentence names it: "el Metro Copilco", "Copilco Metro station". */
function stopLabel(stop: MapStop): Pair {
  if (stop.mode === 'metro') return { es: `el Metro ${stop.name}`, en: `${stop.name} Metro station` };
  if (stop.mode === 'metrobus')
    return { es: `la estación ${stop.name} del Metrobús`, en: `the ${stop.name} Metrobús stop` };
  return { es: `la estación ${stop.name} del Tren Ligero`, en: `${stop.name} light-rail station` };
}

/** The stops within an hour's walk, nearest first. */
function stopsNear(point: GeoPoint) {
  return transitStops
    .map((stop) => ({ stop, minutes: walkingMinutes(distanceMeters(point, stop.at)) }))
    .filter(({ minutes }) => minutes <= maxWalkingMinutes)
    .sort((x, y) => x.minutes - y.minutes);
}

const availability = (r: Random) => r.pick(availabilities);

/** The part of a slug that serves as a made-up web address: a few words, well under DNS's 63. */
const hostLabel = (slug: string) => slug.split('-').slice(0, 4).join('-');

/**
 * Tells a name that is taken (its slug is, in either language) apart as branches are: by street,
 * then colonia, then number. "Café La Ceiba (Higuera)", "Café La Ceiba (Copilco Universidad)",
 * "Café La Ceiba (Higuera 4)" (numbers start where the two named tries left off).
 */
function uniqueName(name: Pair, where: { street: string; colonia: string }, taken: Taken): Pair {
  const free = (candidate: Pair) =>
    !taken.es.has(slugFromName(candidate.es)) && !taken.en.has(slugFromName(candidate.en));
  if (free(name)) return name;
  const street = bareStreet(where.street);
  const suffixes = [street, where.colonia];
  for (let n = 2; ; n++) {
    const suffix = suffixes.shift() ?? `${street} ${n}`;
    const candidate = { es: `${name.es} (${suffix})`, en: `${name.en} (${suffix})` };
    if (free(candidate)) return candidate;
  }
}

type Taken = { es: Set<string>; en: Set<string> };

/**
 * `count` made-up venues spread over Coyoacán and its neighbours, in the domain's shape (references
 * by Spanish slug and category key, images from the sample set), published, with slugs unique in
 * each language and distinct from the sample venues'. Pure: the same options give the same venues.
 */
export function generateCityVenues(count: number, { seed = 20261128 }: CityOptions = {}): VenueInput[] {
  const r = createRandom(seed);
  const taken: Taken = {
    es: new Set(sampleVenues.map((venue) => venue.slug.es)),
    en: new Set(sampleVenues.flatMap((venue) => (venue.slug.en ? [venue.slug.en] : []))),
  };
  const guideSlugs = guides.map((guide) => guide.slug.es);
  const result: VenueInput[] = [];
  for (let i = 0; i < count; i++) {
    const category = r.pickWeighted(categoryKeys, (key) => categoryProfiles[key].weight);
    const profile = categoryProfiles[category];
    const location = placeOnMap(r);
    const colonia = nearest(location, colonias, (c) => c.centre);
    const street = r.pick(streets);
    const theme = r.pick(profile.themes);
    const about = { theme, street, colonia: colonia.name };
    const name = uniqueName(venueName(category, r, about), about, taken);
    const slug = { es: slugFromName(name.es), en: slugFromName(name.en) };
    taken.es.add(slug.es);
    taken.en.add(slug.en);
    const stops = stopsNear(location);
    const closest = stops[0];
    const story = {
      category,
      name,
      theme,
      colonia: colonia.name,
      street,
      year: yearOpened(category, r),
      stop: closest ? { ...stopLabel(closest.stop), minutes: closest.minutes } : undefined,
    };
    const text = description(story, r);
    const hours = profile.hours.length > 0 ? r.pick(profile.hours) : undefined;
    const closure = r.chance(0.15) ? r.pick(closureReasons) : undefined;
    const admission = profile.admission(r);
    const host = `${hostLabel(slug.es)}.example.com`;
    result.push({
      name,
      slug,
      status: 'published',
      category,
      neighborhood: nearest(location, venueNeighborhoods, (area) => area.centre).slug,
      teaser: teaser(story, r),
      description: { es: richTextFromParagraphs(text.es), en: richTextFromParagraphs(text.en) },
      heroImage: images[r.pick(profile.images)],
      address: {
        street: r.chance(0.05) ? `${street} s/n` : `${street} ${r.int(1, 999)}`,
        neighborhood: colonia.name,
        postalCode: colonia.postalCode,
        borough: colonia.borough,
        city: 'Ciudad de México',
        country: 'MX',
      },
      location,
      gettingThere: gettingThere(story),
      transit: stops.slice(0, r.int(1, 2)).map(({ stop, minutes }) => ({
        mode: stop.mode,
        line: stop.line,
        name: stop.name,
        walkingMinutes: minutes,
      })),
      openingHours: hours
        ? {
            rule: hours,
            timeZone: defaultTimeZone,
            closures: closure ? [closure] : [],
            note: r.chance(0.3) ? r.pick(hoursNotes) : undefined,
          }
        : undefined,
      admission,
      accessibility: {
        stepFreeEntrance: availability(r),
        lift: availability(r),
        accessibleToilet: availability(r),
        seating: availability(r),
        wheelchairLoan: availability(r),
        signageLanguages: r.chance(0.4) ? ['es', 'en'] : ['es'],
        tourLanguages: category === 'museum' ? (r.chance(0.5) ? ['es', 'en'] : ['es']) : [],
        note: r.chance(0.2) ? r.pick(accessibilityNotes) : undefined,
      },
      contact: {
        phone: r.chance(0.8) ? `+52 55 ${r.int(5000, 5999)} ${r.int(1000, 9999)}` : undefined,
        website: r.chance(0.5) ? `https://${host}` : undefined,
        email: r.chance(0.2) ? `hola@${host}` : undefined,
      },
      tips: tips(r),
      guides: r.some(guideSlugs, r.int(0, 2)),
    });
  }
  return result;
}
