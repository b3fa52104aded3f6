import {
  type CategoryKey,
  cacheTags,
  type Guide,
  guideSchema,
  isSitePath,
  type Locale,
  localize,
  type NearbyPlace,
  type Neighborhood,
  nearby,
  neighborhoodSchema,
  neighborhoodTrail,
  searchKey,
  type Venue,
  venueSchema,
  type Walk,
  walkSchema,
} from '@paseo/domain';
import type {
  GuideDoc,
  ListAnswer,
  NeighborhoodDoc,
  PublishedSlug,
  RedirectDoc,
  VenueDoc,
  WalkDoc,
} from '@paseo/domain/cms';
import {
  guideFromCms,
  idOf,
  localized,
  neighborhoodFromCms,
  populated,
  seoFromCms,
  stopVenuesOf,
  venueFromCms,
  walkFromCms,
  withoutEmpty,
} from '@paseo/domain/cms';
import { type CmsClient, CmsUnavailableError, type Query } from './client';
import { keepInProcess } from './keptInProcess';
import { type Parser, parseEntries, parseEntry, parseWithIds } from './parse';

/** What a card, a list or the nearby block needs of a venue: the domain's venue, trimmed. */
export const venueCardSchema = venueSchema.pick({
  name: true,
  slug: true,
  status: true,
  category: true,
  neighborhood: true,
  teaser: true,
  heroImage: true,
  location: true,
});
export type VenueCard = ReturnType<typeof venueCardSchema.parse>;

export type Seo = ReturnType<typeof seoFromCms>;

/** What a walk shows of each stop's venue: its card, its hours and how long a visit takes. */
export const walkVenueSchema = venueCardSchema.extend({
  openingHours: venueSchema.shape.openingHours,
  visitMinutes: venueSchema.shape.visitMinutes,
});
export type WalkVenueCard = ReturnType<typeof walkVenueSchema.parse>;

/** A link to a walk: its title and address. */
export const walkLinkSchema = walkSchema.pick({ title: true, slug: true });
export type WalkLink = ReturnType<typeof walkLinkSchema.parse>;

export type WalkPage = {
  walk: Walk;
  /** The venues of its stops, each once. */
  venues: WalkVenueCard[];
  /** The walk's neighborhood and the areas above it, outermost first. */
  trail: Neighborhood[];
  seo: Seo;
};

export type VenuePage = {
  id: number;
  venue: Venue;
  /** The venue's neighborhood and the areas above it, outermost first. */
  trail: Neighborhood[];
  guides: Guide[];
  nearby: NearbyPlace<VenueCard>[];
  /** The walks that stop at the venue. */
  walks: WalkLink[];
  seo: Seo;
};

/**
 * How many venues a list page shows: a city's worth of venues on one page would be tens of
 * megabytes of HTML. 24 fills rows of two, three and four cards.
 */
export const VENUES_PER_PAGE = 24;

/** One page of a list of venues. */
export type VenueCardPage = {
  venues: VenueCard[];
  /** From 1; a page past the last has no venues. */
  page: number;
  totalPages: number;
  totalVenues: number;
};

/** How far the nearby block looks, and how many places it lists. */
export const NEARBY_RADIUS_METERS = 3000;
export const NEARBY_LIMIT = 6;
/**
 * How many of the venues nearest a venue the CMS is asked for. It orders them by distance in
 * degrees, which in Mexico City puts east–west neighbours up to 6 % too far; asking for about twice
 * what the block shows leaves room for the order in metres to differ.
 */
export const NEARBY_CANDIDATES = 2 * (NEARBY_LIMIT + 1);

/**
 * The documents of a list answer, which the CMS's contract says are `T`s; the domain schemas
 * check each one next.
 */
function docsOf<T>(body: unknown): T[] {
  const docs = (body as Partial<ListAnswer<T>> | null)?.docs;
  if (!Array.isArray(docs)) throw new CmsUnavailableError('CMS answer has no docs list');
  return docs;
}

const totalOf = (body: unknown): unknown => (body as Partial<ListAnswer<unknown>>).totalDocs;

/** An empty list of a collection the site cannot be without means the CMS is not ready yet. */
function requireSome(collection: string) {
  return (body: unknown) => {
    if (docsOf(body).length === 0) {
      throw new CmsUnavailableError(`CMS has no published ${collection} yet; not caching an empty answer`);
    }
  };
}

const checkPage = (body: unknown): void => {
  docsOf(body);
};

/**
 * A page of a list that must also say how many entries there are in all (the other pages, or the
 * sitemap's files, are worked out from it); checked before the answer is cached.
 */
function checkCountedPage(what: string) {
  return (body: unknown): void => {
    checkPage(body);
    if (typeof totalOf(body) !== 'number') {
      throw new CmsUnavailableError(`The CMS sent a page of ${what} without totalDocs`);
    }
  };
}

/** An entry of the search index: what a result shows, and the folded words it is found by. */
export type Searchable<T> = { value: T; key: string };
type SearchIndex = {
  venues: Searchable<VenueCard>[];
  neighborhoods: Searchable<Neighborhood>[];
  guides: Searchable<Guide>[];
  walks: Searchable<Walk>[];
};

/** Parsed entries with the CMS's search key (kept by the CMS on save, already folded). */
function searchable<D extends { searchText?: string | null }, T>(
  docs: readonly D[],
  map: (doc: D) => unknown,
  schema: Parser<T>,
  label: string,
): Searchable<T>[] {
  return docs.flatMap((doc) => {
    const value = parseEntry(doc, map, schema, label);
    return value === undefined ? [] : [{ value, key: searchKey(doc.searchText ?? '') }];
  });
}

/**
 * The order of every list: by Spanish slug. Named with its language because the reads ask for
 * every language at once (`locale=all`), and a plain `sort=slug` then has no defined order, so
 * the pages of a list would repeat some entries and skip others.
 */
const bySpanishSlug = 'slug.es';

const venueTags = cacheTags.collection('venues');
const neighborhoodTags = cacheTags.collection('neighborhoods');
const guideTags = cacheTags.collection('guides');
const walkTags = cacheTags.collection('walks');

/**
 * The fields a venue card shows, and the populated documents cut to what it reads of them: a list
 * or a nearby query then costs the CMS (and the cache) a card's bytes per venue, not a venue page's.
 */
// The card's own fields, named as the CMS stores them (the domain's `status` is Payload's `_status`).
const cardFields = Object.keys(venueCardSchema.shape).map((field) =>
  field === 'status' ? '_status' : field,
);
export const cardPopulate: Query = {
  ...Object.fromEntries(cardFields.map((field) => [`populate[venues][${field}]`, true])),
  'populate[categories][key]': true,
  'populate[neighborhoods][slug]': true,
};
export const venueCardFields: Query = {
  ...Object.fromEntries(cardFields.map((field) => [`select[${field}]`, true])),
  ...cardPopulate,
};

/** Every walk, its stops' venues and neighborhood by slug: for the list of walks and search. */
const walkListQuery: Query = {
  locale: 'all',
  depth: 1,
  sort: bySpanishSlug,
  'populate[venues][slug]': true,
  'populate[neighborhoods][slug]': true,
};

/** A walk's stops come as cards with their hours and time needed. */
const walkPopulate: Query = {
  ...cardPopulate,
  'populate[venues][openingHours]': true,
  'populate[venues][visitMinutes]': true,
};

/** Every read the site makes, built on one CMS client (cached for pages, fresh for previews). */
export function createContent(client: CmsClient) {
  async function venueDocBySlug(locale: Locale, slug: string): Promise<VenueDoc | undefined> {
    // Whole, but the venues it pins as nearby come as cards.
    const query: Query = {
      locale: 'all',
      depth: 2,
      limit: 1,
      ...cardPopulate,
      [`where[slug.${locale}][equals]`]: slug,
    };
    // The Spanish slug is the entry's key in the shared tag vocabulary; an English address is
    // refreshed through its page path, which the CMS also sends.
    const tags = locale === 'es' ? [cacheTags.entry('venues', slug)] : [];
    const body = await client.get('/api/venues', query, tags, checkPage);
    return docsOf<VenueDoc>(body)[0];
  }

  // Walks are few, and a walk page shows its venues and neighborhood: any walk's, venue's or
  // neighborhood's publish refreshes them.
  async function walkDocBySlug(locale: Locale, slug: string): Promise<WalkDoc | undefined> {
    const query: Query = {
      locale: 'all',
      depth: 2,
      limit: 1,
      ...walkPopulate,
      [`where[slug.${locale}][equals]`]: slug,
    };
    const body = await client.get('/api/walks', query, [walkTags, venueTags, neighborhoodTags], checkPage);
    return docsOf<WalkDoc>(body)[0];
  }

  /** Cards from `path`: the REST list, or the CMS's list of the venues nearest a point. */
  async function cardsFrom(
    path: string,
    query: Query,
    tags: string[],
    check: (body: unknown) => void = checkPage,
  ): Promise<VenueCard[]> {
    const body = await client.get(
      path,
      { locale: 'all', depth: 1, ...venueCardFields, ...query },
      tags,
      check,
    );
    return parseEntries(docsOf<VenueDoc>(body), venueFromCms, venueCardSchema, 'venue');
  }

  /** One page of the venue cards that match `where`, in slug order, with how many pages there are. */
  async function venueCardPage(where: Query, page: number): Promise<VenueCardPage> {
    const body = await client.get(
      '/api/venues',
      {
        locale: 'all',
        depth: 1,
        ...venueCardFields,
        ...where,
        sort: bySpanishSlug,
        limit: VENUES_PER_PAGE,
        page,
      },
      [venueTags],
      checkCountedPage('venues'),
    );
    const totalVenues = Number(totalOf(body));
    return {
      venues: parseEntries(docsOf<VenueDoc>(body), venueFromCms, venueCardSchema, 'venue'),
      page,
      totalPages: Math.max(1, Math.ceil(totalVenues / VENUES_PER_PAGE)),
      totalVenues,
    };
  }

  async function neighborhoodsWithIds() {
    const body = await client.getAll(
      '/api/neighborhoods',
      { locale: 'all', depth: 1, sort: bySpanishSlug },
      [neighborhoodTags],
      requireSome('neighborhoods'),
    );
    return parseWithIds(
      docsOf<NeighborhoodDoc>(body),
      neighborhoodFromCms,
      neighborhoodSchema,
      'neighborhood',
    );
  }

  async function allNeighborhoods(): Promise<Neighborhood[]> {
    return (await neighborhoodsWithIds()).map((entry) => entry.value);
  }

  async function allGuides(): Promise<Guide[]> {
    const body = await client.getAll('/api/guides', { locale: 'all', depth: 0, sort: bySpanishSlug }, [
      guideTags,
    ]);
    return parseEntries(docsOf<GuideDoc>(body), guideFromCms, guideSchema, 'guide');
  }

  /** What search looks through: every published venue card, neighborhood, guide and walk with its search key. */
  async function buildSearchIndex(): Promise<SearchIndex> {
    // Read afresh, not through the cached reads: the index must not be built (and kept) from
    // answers that were only standing in for a CMS that failed.
    const [venues, neighborhoods, guides, walks] = await Promise.all([
      client.getAllFresh('/api/venues', {
        locale: 'all',
        depth: 1,
        ...venueCardFields,
        'select[searchText]': true,
        sort: bySpanishSlug,
      }),
      client.getAllFresh('/api/neighborhoods', { locale: 'all', depth: 1, sort: bySpanishSlug }),
      client.getAllFresh('/api/guides', { locale: 'all', depth: 0, sort: bySpanishSlug }),
      client.getAllFresh('/api/walks', walkListQuery),
    ]);
    requireSome('neighborhoods')(neighborhoods);
    return {
      venues: searchable(docsOf<VenueDoc>(venues), venueFromCms, venueCardSchema, 'venue'),
      neighborhoods: searchable(
        docsOf<NeighborhoodDoc>(neighborhoods),
        neighborhoodFromCms,
        neighborhoodSchema,
        'neighborhood',
      ),
      guides: searchable(docsOf<GuideDoc>(guides), guideFromCms, guideSchema, 'guide'),
      walks: searchable(docsOf<WalkDoc>(walks), walkFromCms, walkSchema, 'walk'),
    };
  }

  /** How many entries a collection has and when the newest changed, through the shared cache. */
  async function newestChange(path: string, tag: string): Promise<[unknown, unknown]> {
    const body = await client.get(
      path,
      { limit: 1, depth: 0, sort: '-updatedAt', 'select[updatedAt]': true },
      [tag],
      checkPage,
    );
    return [totalOf(body), docsOf<{ updatedAt?: string }>(body)[0]?.updatedAt];
  }

  /** The published walks that stop at a venue, by id. */
  async function walksThrough(venueId: number): Promise<WalkLink[]> {
    const body = await client.get(
      '/api/walks',
      {
        locale: 'all',
        depth: 0,
        limit: 50,
        sort: bySpanishSlug,
        'where[stops.venue][equals]': venueId,
        'select[title]': true,
        'select[slug]': true,
      },
      [walkTags],
      checkPage,
    );
    return parseEntries(
      docsOf<Pick<WalkDoc, 'title' | 'slug'>>(body),
      (doc) => ({ title: localized(doc.title), slug: localized(doc.slug) }),
      walkLinkSchema,
      'walk link',
    );
  }

  // Past a few thousand venues the index outgrows the shared cache, so each process keeps its own.
  // It is rebuilt when a collection's newest change or count differs: read through the shared cache
  // (dropped by a publish), the same for every process, and unchanged when the cache only lost it.
  const searchIndex = keepInProcess({
    build: buildSearchIndex,
    stamp: async () =>
      JSON.stringify(
        await Promise.all([
          newestChange('/api/venues', venueTags),
          newestChange('/api/neighborhoods', neighborhoodTags),
          newestChange('/api/guides', guideTags),
          newestChange('/api/walks', walkTags),
        ]),
      ),
  });

  return {
    /** A venue with everything its page shows, or undefined when no published venue has the slug. */
    async venuePage(locale: Locale, slug: string): Promise<VenuePage | undefined> {
      // Everything that does not depend on the venue is asked for at once, so a slow CMS costs a
      // page at most two rounds of calls: the venue, then the places near it.
      const shared = allNeighborhoods();
      shared.catch(() => {});
      // An English page without its own slug is reached by the Spanish one.
      const [own, spanish] = await Promise.all([
        venueDocBySlug(locale, slug),
        locale === 'en' ? venueDocBySlug('es', slug) : undefined,
      ]);
      const doc = own ?? spanish;
      if (doc === undefined) return undefined;
      const venue = parseEntry(doc, venueFromCms, venueSchema, 'venue');
      const id = idOf(doc);
      if (!venue || id === undefined) return undefined;
      const [neighborhoods, candidates, walks] = await Promise.all([
        shared,
        cardsFrom('/api/venues/nearest', { ...venue.location, limit: NEARBY_CANDIDATES }, [venueTags]),
        walksThrough(id),
      ]);
      const pinned = parseEntries(populated(doc.pinnedNearby), venueFromCms, venueCardSchema, 'pinned venue');
      const pool = [...pinned, ...candidates.filter((c) => !pinned.some((p) => p.slug.es === c.slug.es))];
      return {
        id,
        venue,
        trail: neighborhoodTrail(venue.neighborhood, neighborhoods),
        guides: parseEntries(populated(doc.guides), guideFromCms, guideSchema, 'guide'),
        nearby: nearby(venue, pool, {
          pinned: venue.pinnedNearby,
          limit: NEARBY_LIMIT,
          maxMeters: NEARBY_RADIUS_METERS,
        }),
        walks,
        seo: seoFromCms(doc),
      };
    },

    /** The newest venues, for the home page. An empty answer is taken as a CMS not ready yet. */
    latestVenues(limit = 6): Promise<VenueCard[]> {
      return cardsFrom('/api/venues', { limit, sort: '-updatedAt' }, [venueTags], requireSome('venues'));
    },

    /** Page `page` (from 1) of every published venue, in slug order. */
    venues(page: number): Promise<VenueCardPage> {
      return venueCardPage({}, page);
    },

    /** Page `page` of the venues in any of these neighborhoods (by Spanish slug). */
    async venuesInNeighborhoods(neighborhoodSlugs: readonly string[], page: number): Promise<VenueCardPage> {
      const withIds = await neighborhoodsWithIds();
      const ids = withIds.filter((n) => neighborhoodSlugs.includes(n.value.slug.es)).map((n) => n.id);
      if (ids.length === 0) return { venues: [], page, totalPages: 1, totalVenues: 0 };
      return venueCardPage({ 'where[neighborhood][in]': ids.join(',') }, page);
    },

    /** Page `page` of the venues in a category. */
    venuesInCategory(key: CategoryKey, page: number): Promise<VenueCardPage> {
      return venueCardPage({ 'where[category.key][equals]': key }, page);
    },

    /** A page (from 1) of published venues' slugs and dates, for the sitemap, with how many there are. */
    async venueSlugPage(
      page: number,
      perPage: number,
    ): Promise<{ venues: { slug: Venue['slug']; updatedAt?: string }[]; totalVenues: number }> {
      // Two fields a venue, asked of an endpoint that reads only those (a REST list page would
      // process each whole document).
      const body = await client.get(
        '/api/venues/published-slugs',
        { page, limit: perPage },
        [venueTags],
        checkCountedPage('slugs'),
      );
      const venues = parseEntries(
        docsOf<PublishedSlug>(body),
        (doc) => ({ slug: localized(doc.slug), updatedAt: withoutEmpty(doc.updatedAt) }),
        venueSchema.pick({ slug: true, updatedAt: true }),
        'venue slug',
      );
      return { venues, totalVenues: Number(totalOf(body)) };
    },

    allNeighborhoods,
    allGuides,

    /** Every published walk, its stops' venues by slug. */
    async allWalks(): Promise<Walk[]> {
      const body = await client.getAll('/api/walks', walkListQuery, [walkTags]);
      return parseEntries(docsOf<WalkDoc>(body), walkFromCms, walkSchema, 'walk');
    },

    /** A walk with its stops' venues, or undefined when no published walk has the slug. */
    async walkPage(locale: Locale, slug: string): Promise<WalkPage | undefined> {
      const shared = allNeighborhoods();
      shared.catch(() => {});
      const [own, spanish] = await Promise.all([
        walkDocBySlug(locale, slug),
        locale === 'en' ? walkDocBySlug('es', slug) : undefined,
      ]);
      const doc = own ?? spanish;
      if (doc === undefined) return undefined;
      const walk = parseEntry(doc, walkFromCms, walkSchema, 'walk');
      if (!walk) return undefined;
      const venues = parseEntries(stopVenuesOf(doc), venueFromCms, walkVenueSchema, 'walk stop');
      // A stop whose venue failed its checks is left out, as the venue would be from a list.
      const shown = new Set(venues.map((venue) => venue.slug.es));
      return {
        walk: { ...walk, stops: walk.stops.filter((stop) => shown.has(stop.venue)) },
        venues,
        trail: neighborhoodTrail(walk.neighborhood, await shared),
        seo: seoFromCms(doc),
      };
    },

    async neighborhoodBySlug(locale: Locale, slug: string) {
      const all = await allNeighborhoods();
      const found =
        all.find((n) => localize(n.slug, locale) === slug) ??
        (locale === 'en' ? all.find((n) => n.slug.es === slug) : undefined);
      if (!found) return undefined;
      return {
        neighborhood: found,
        trail: neighborhoodTrail(found.slug.es, all),
        children: all.filter((n) => n.parent === found.slug.es),
      };
    },

    async guideBySlug(locale: Locale, slug: string): Promise<Guide | undefined> {
      const all = await allGuides();
      return (
        all.find((g) => localize(g.slug, locale) === slug) ??
        (locale === 'en' ? all.find((g) => g.slug.es === slug) : undefined)
      );
    },

    /** Where an old address now lives, if an editor renamed the entry. */
    async redirectFor(path: string): Promise<string | undefined> {
      const body = await client.get(
        '/api/redirects',
        { 'where[from][equals]': path, limit: 1, depth: 0 },
        [cacheTags.collection('redirects')],
        checkPage,
      );
      const to = docsOf<RedirectDoc>(body)[0]?.to?.url;
      // Stored redirects are checked by the CMS too; a page never sends a visitor off the site.
      return typeof to === 'string' && isSitePath(to) && to !== path ? to : undefined;
    },

    /**
     * Search by the words of the query, accent- and case-folded like the CMS's own search key:
     * every word must occur in an entry's key. Answered from the cached index, so a search asks
     * the CMS nothing until a publish refreshes the index.
     */
    async search(query: string, limit = 20) {
      const words = searchKey(query).split(' ').filter(Boolean);
      if (words.length === 0) return { venues: [], neighborhoods: [], guides: [], walks: [] };
      const index = await searchIndex();
      const matching = <T>(entries: Searchable<T>[]) =>
        entries
          .filter((entry) => words.every((word) => entry.key.includes(word)))
          .slice(0, limit)
          .map((entry) => entry.value);
      return {
        venues: matching(index.venues),
        neighborhoods: matching(index.neighborhoods),
        guides: matching(index.guides),
        walks: matching(index.walks),
      };
    },
  };
}

export type Content = ReturnType<typeof createContent>;
