/**
 * For tests: the sample content as the CMS's REST API serves it (`locale=all`, relationships
 * populated, nulls for empty fields, media under /api/media/file/), and a fetch that answers
 * from it. Keeps the tests honest about the real wire shape without a running CMS.
 */
import {
  defaultTimeZone,
  type Guide,
  imageRenditions,
  type Media,
  type Neighborhood,
  searchKey,
  type Venue,
  type Walk,
} from '@paseo/domain';
import {
  type ByLocale,
  type CategoryDoc,
  type GuideDoc,
  lexicalState,
  type MediaDoc,
  type NeighborhoodDoc,
  type RedirectDoc,
  type VenueDoc,
  type WalkDoc,
} from '@paseo/domain/cms';
import { fixtures } from '@paseo/domain/fixtures';

const ids = new Map<string, number>();
const idFor = (key: string) => {
  if (!ids.has(key)) ids.set(key, ids.size + 1);
  return ids.get(key) as number;
};

/** When every sample entry was first saved. */
const createdAt = '2026-11-01T10:00:00.000Z';

export function mediaDoc(media: Media): MediaDoc {
  const file = media.url.split('/').pop() ?? 'image.jpg';
  return {
    id: idFor(`media:${file}`),
    url: `/api/media/file/${file}`,
    filename: file,
    width: media.width,
    height: media.height,
    mimeType: media.mimeType ?? 'image/jpeg',
    alt: media.alt,
    credit: media.credit,
    // Named as Payload names its resized copies: file-WIDTHxHEIGHT.ext.
    sizes: Object.fromEntries(
      Object.entries(imageRenditions).map(([name, { width, height }]) => [
        name,
        { url: `/api/media/file/${file.replace(/(\.\w+)$/, `-${width}x${height}$1`)}`, width, height },
      ]),
    ),
    createdAt,
    updatedAt: createdAt,
  };
}

export function neighborhoodDoc(n: Neighborhood, depth = 1): NeighborhoodDoc {
  const parent = n.parent ? fixtures.neighborhoods.find((p) => p.slug.es === n.parent) : undefined;
  return {
    id: idFor(`neighborhoods:${n.slug.es}`),
    name: n.name,
    slug: { es: n.slug.es, en: n.slug.en ?? null },
    kind: n.kind,
    parent: parent
      ? depth > 0
        ? neighborhoodDoc(parent, depth - 1)
        : idFor(`neighborhoods:${parent.slug.es}`)
      : null,
    summary: n.summary,
    centre: n.centre,
    boundary: n.boundary ?? null,
    searchText: searchTextOf([n.name, n.summary]),
    _status: 'published',
    createdAt,
    updatedAt: createdAt,
  };
}

export function guideDoc(g: Guide): GuideDoc {
  return {
    id: idFor(`guides:${g.slug.es}`),
    title: g.title,
    slug: g.slug,
    topic: g.topic,
    summary: g.summary,
    body: { es: lexicalState(g.body.es), en: g.body.en && lexicalState(g.body.en) },
    searchText: searchTextOf([g.title, g.summary]),
    _status: 'published',
    createdAt,
    updatedAt: '2026-11-20T10:00:00.000Z',
  };
}

/** The key the CMS keeps on save: both languages of the searchable fields, folded. */
const searchTextOf = (fields: { es: string; en?: string }[]) =>
  searchKey(fields.flatMap((field) => [field.es, field.en ?? '']).join(' '));

/** An empty localized field: the CMS sends each language, as null. */
const empty = { es: null, en: null };
const orEmpty = <T>(value: ByLocale<T> | undefined): ByLocale<T> => value ?? empty;

/** When a sample venue was last saved: one after another in the order the seed loads them. */
const savedAt = (v: Venue) =>
  new Date(
    Date.UTC(
      2026,
      10,
      20,
      10,
      fixtures.venues.findIndex((f) => f.slug.es === v.slug.es),
    ),
  ).toISOString();

export function venueDoc(v: Venue, depth = 2): VenueDoc {
  const neighborhood = fixtures.neighborhoods.find((n) => n.slug.es === v.neighborhood);
  const more = depth > 1;
  return {
    id: idFor(`venues:${v.slug.es}`),
    name: v.name,
    slug: { es: v.slug.es, en: v.slug.en ?? null },
    teaser: v.teaser,
    category: categoryDoc(v.category),
    neighborhood: neighborhood
      ? neighborhoodDoc(neighborhood, depth - 1)
      : idFor(`neighborhoods:${v.neighborhood}`),
    heroImage: mediaDoc(v.heroImage),
    pullQuote: v.pullQuote ?? { text: empty, attribution: null },
    description: {
      es: lexicalState(v.description.es),
      en: v.description.en && lexicalState(v.description.en),
    },
    gallery: v.gallery.map(mediaDoc),
    visitMinutes: v.visitMinutes ?? null,
    tips: v.tips.map((tip, i) => ({ id: `tip${i}`, ...tip })),
    address: v.address,
    location: v.location,
    gettingThere: orEmpty(v.gettingThere),
    transit: v.transit.map((stop, i) => ({ id: `t${i}`, ...stop })),
    contact: {
      phone: v.contact?.phone ?? null,
      website: v.contact?.website ?? null,
      email: v.contact?.email ?? null,
    },
    openingHours: v.openingHours
      ? {
          rule: v.openingHours.rule,
          timeZone: v.openingHours.timeZone,
          closures: v.openingHours.closures.map((c) => ({ date: c.date, reason: orEmpty(c.reason) })),
          note: orEmpty(v.openingHours.note),
        }
      : { rule: null, timeZone: defaultTimeZone, closures: [], note: empty },
    admission: v.admission
      ? {
          prices: v.admission.prices,
          freeDays: v.admission.freeDays,
          note: orEmpty(v.admission.note),
        }
      : { prices: [], freeDays: [], note: empty },
    accessibility: v.accessibility ?? {},
    factChecks: v.factChecks,
    pinnedNearby: more
      ? v.pinnedNearby.flatMap((slug) => {
          const pinned = fixtures.venues.find((p) => p.slug.es === slug);
          return pinned ? [venueDoc(pinned, 1)] : [];
        })
      : v.pinnedNearby.map((slug) => idFor(`venues:${slug}`)),
    guides: more
      ? v.guides.flatMap((slug) => {
          const guide = fixtures.guides.find((g) => g.slug.es === slug);
          return guide ? [guideDoc(guide)] : [];
        })
      : v.guides.map((slug) => idFor(`guides:${slug}`)),
    meta: { title: empty, description: empty, image: empty },
    searchText: searchTextOf([v.name, v.teaser]),
    _status: 'published',
    updatedAt: savedAt(v),
    createdAt,
  };
}

export function walkDoc(w: Walk): WalkDoc {
  const neighborhood = fixtures.neighborhoods.find((n) => n.slug.es === w.neighborhood);
  return {
    id: idFor(`walks:${w.slug.es}`),
    title: w.title,
    slug: { es: w.slug.es, en: w.slug.en ?? null },
    teaser: w.teaser,
    introduction: {
      es: lexicalState(w.introduction.es),
      en: w.introduction.en && lexicalState(w.introduction.en),
    },
    neighborhood: neighborhood ? neighborhoodDoc(neighborhood, 0) : idFor(`neighborhoods:${w.neighborhood}`),
    heroImage: mediaDoc(w.heroImage),
    stops: w.stops.map((stop, i) => {
      const venue = fixtures.venues.find((v) => v.slug.es === stop.venue);
      return {
        id: `stop${i}`,
        venue: venue ? venueDoc(venue, 1) : idFor(`venues:${stop.venue}`),
        minutes: stop.minutes ?? null,
        lookFor: orEmpty(stop.lookFor),
        wayHere: orEmpty(stop.wayHere),
      };
    }),
    reorderable: w.reorderable,
    verifiedAt: w.verifiedAt ?? null,
    sources: w.sources.map((source, i) => ({ id: `source${i}`, name: source.name, url: source.url ?? null })),
    meta: { title: empty, description: empty, image: empty },
    searchText: searchTextOf([w.title, w.teaser]),
    _status: 'published',
    createdAt,
    updatedAt: '2026-11-20T10:00:00.000Z',
  };
}

function categoryDoc(key: Venue['category']): CategoryDoc {
  const category = fixtures.categories.find((c) => c.key === key);
  return { id: idFor(`categories:${key}`), key, label: category?.label, createdAt, updatedAt: createdAt };
}

/**
 * The value at a dotted path of a document (`slug.es`, `category.key`); through an array, the
 * values of its rows (`stops.venue`).
 */
const valueAt = (doc: object, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (at, key) =>
        Array.isArray(at)
          ? at.map((row) => (typeof row === 'object' && row !== null ? Reflect.get(row, key) : undefined))
          : typeof at === 'object' && at !== null
            ? Reflect.get(at, key)
            : undefined,
      doc,
    );

/** The longest page the CMS sends an anonymous reader. */
export const MAX_PAGE = 100;

export type FakeCms = {
  fetch: typeof fetch;
  requests: string[];
  /** Replace or add documents of a collection. */
  docs: {
    venues: VenueDoc[];
    neighborhoods: NeighborhoodDoc[];
    guides: GuideDoc[];
    walks: WalkDoc[];
    redirects: RedirectDoc[];
  };
  down: boolean;
};

/**
 * A fetch that answers the few queries the site makes, from in-memory documents. Filtering is
 * deliberately simple: slug equality, `in`, a latitude/longitude box, searchText words.
 */
export function fakeCms(): FakeCms {
  const state: FakeCms = {
    requests: [],
    down: false,
    docs: {
      venues: fixtures.venues.map((v) => venueDoc(v)),
      neighborhoods: fixtures.neighborhoods.map((n) => neighborhoodDoc(n)),
      guides: fixtures.guides.map(guideDoc),
      walks: fixtures.walks.map(walkDoc),
      redirects: [],
    },
    fetch: (async (input: RequestInfo | URL) => {
      const url = new URL(String(input));
      state.requests.push(`${url.pathname}${url.search}`);
      if (state.down) throw new TypeError('fetch failed: connect ECONNREFUSED');
      if (url.pathname === '/api/venues/published-slugs') {
        const all = state.docs.venues.map((doc) => ({ slug: doc.slug, updatedAt: doc.updatedAt }));
        const page = Number(url.searchParams.get('page') ?? 1);
        const limit = Number(url.searchParams.get('limit') ?? 1000);
        const docs = all.slice((page - 1) * limit, page * limit);
        return Response.json({
          docs,
          totalDocs: all.length,
          totalPages: Math.ceil(all.length / limit),
          page,
        });
      }
      if (url.pathname === '/api/venues/nearest') {
        const [latitude, longitude] = ['latitude', 'longitude'].map((key) =>
          Number(url.searchParams.get(key)),
        );
        const degrees = ({ location }: VenueDoc) =>
          Math.hypot(location.latitude - (latitude ?? 0), location.longitude - (longitude ?? 0));
        const docs = [...state.docs.venues]
          .sort((a, b) => degrees(a) - degrees(b))
          .slice(0, Number(url.searchParams.get('limit') ?? 10));
        return Response.json({ docs, totalDocs: docs.length });
      }
      const collection = url.pathname.replace('/api/', '') as keyof FakeCms['docs'];
      let docs: object[] = state.docs[collection] ?? [];
      for (const [key, value] of url.searchParams) {
        const match = /^where\[([^\]]+)\]\[([^\]]+)\]$/.exec(key);
        if (!match) continue;
        const [, field = '', op] = match;
        docs = docs.filter((doc) => {
          const actual = valueAt(doc, field);
          const actualId = typeof actual === 'object' ? valueAt(actual ?? {}, 'id') : actual;
          switch (op) {
            case 'equals':
              // A relationship in an array's rows matches when any row holds it.
              return Array.isArray(actual)
                ? actual.some(
                    (row) => String(typeof row === 'object' ? valueAt(row ?? {}, 'id') : row) === value,
                  )
                : String(actual) === value;
            case 'in':
              return value.split(',').includes(String(actualId));
            case 'greater_than_equal':
              return Number(actual) >= Number(value);
            case 'less_than_equal':
              return Number(actual) <= Number(value);
            default:
              return true;
          }
        });
      }
      const sort = url.searchParams.get('sort');
      if (sort) {
        const field = sort.replace(/^-/, '');
        const direction = sort.startsWith('-') ? -1 : 1;
        const sortValue = (doc: object): string => {
          const value = valueAt(doc, field);
          // The real CMS gives such a sort no defined order (see content.ts), so neither does this.
          if (typeof value === 'object' && value !== null)
            throw new Error(`sort=${field} names a field in every language; name one, e.g. ${field}.es`);
          return String(value ?? '');
        };
        docs = [...docs].sort((a, b) => direction * sortValue(a).localeCompare(sortValue(b)));
      }
      // Like the CMS for anonymous readers: no page is longer than MAX_PAGE, whatever is asked.
      const asked =
        url.searchParams.get('pagination') === 'false'
          ? docs.length
          : Number(url.searchParams.get('limit') ?? 10);
      const limit = Math.min(asked, MAX_PAGE);
      const page = Number(url.searchParams.get('page') ?? 1);
      const body = {
        docs: docs.slice((page - 1) * limit, page * limit),
        totalDocs: docs.length,
        totalPages: Math.max(1, Math.ceil(docs.length / limit)),
        page,
      };
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    }) as typeof fetch,
  };
  return state;
}
