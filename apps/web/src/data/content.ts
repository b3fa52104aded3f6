import {
  type Category,
  type CategoryKey,
  cacheTags,
  categoryKeys,
  categoryOf,
  categorySchema,
  type GeoPoint,
  type Guide,
  guideSchema,
  type Locale,
  type NearbyPlace,
  type Neighborhood,
  nearby,
  neighborhoodSchema,
  neighborhoodTrail,
  searchKey,
  type Venue,
  venueSchema,
} from '@paseo/domain';
import { type CmsClient, CmsUnavailableError, type Query } from './client';
import {
  categoryFromCms,
  guideFromCms,
  idOf,
  localized,
  neighborhoodFromCms,
  populated,
  seoFromCms,
  venueFromCms,
  withoutEmpty,
} from './fromCms';
import { parseEntries, parseEntry, parseWithIds } from './parse';

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

export type VenuePage = {
  id: number | string;
  venue: Venue;
  category: Category;
  /** The venue's neighborhood and the areas above it, outermost first. */
  trail: Neighborhood[];
  guides: Guide[];
  nearby: NearbyPlace<VenueCard>[];
  seo: Seo;
};

/** How far the nearby block looks, and how many places it lists. */
export const NEARBY_RADIUS_METERS = 3000;
export const NEARBY_LIMIT = 6;

type Page = { docs: unknown[]; totalDocs?: number };

function docsOf(body: unknown): unknown[] {
  const docs = (body as Page | null)?.docs;
  if (!Array.isArray(docs)) throw new CmsUnavailableError('CMS answer has no docs list');
  return docs;
}

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

/** Degrees of latitude and longitude spanning `meters` around a point (small distances). */
function boundingBox(point: GeoPoint, meters: number) {
  const dLat = meters / 111_320;
  const dLon = meters / (111_320 * Math.cos((point.latitude * Math.PI) / 180));
  return {
    'where[location.latitude][greater_than_equal]': point.latitude - dLat,
    'where[location.latitude][less_than_equal]': point.latitude + dLat,
    'where[location.longitude][greater_than_equal]': point.longitude - dLon,
    'where[location.longitude][less_than_equal]': point.longitude + dLon,
  };
}

const venueTags = cacheTags.collection('venues');
const neighborhoodTags = cacheTags.collection('neighborhoods');
const guideTags = cacheTags.collection('guides');
const categoryTags = cacheTags.collection('categories');

/** Every read the site makes, built on one CMS client (cached for pages, fresh for previews). */
export function createContent(client: CmsClient) {
  async function venueDocBySlug(locale: Locale, slug: string): Promise<unknown | undefined> {
    const query: Query = { locale: 'all', depth: 2, limit: 1, [`where[slug.${locale}][equals]`]: slug };
    // The Spanish slug is the entry's key in the shared tag vocabulary; an English address is
    // refreshed through its page path, which the CMS also sends.
    const tags = locale === 'es' ? [cacheTags.entry('venues', slug)] : [];
    const body = await client.get('/api/venues', query, tags, checkPage);
    return docsOf(body)[0];
  }

  async function venueCards(
    query: Query,
    tags: string[],
    check: (body: unknown) => void = checkPage,
  ): Promise<VenueCard[]> {
    const body = await client.get('/api/venues', { locale: 'all', depth: 1, ...query }, tags, check);
    return parseEntries(docsOf(body), venueFromCms, venueCardSchema, 'venue');
  }

  async function neighborhoodsWithIds() {
    const body = await client.get(
      '/api/neighborhoods',
      { locale: 'all', depth: 1, pagination: false, sort: 'slug' },
      [neighborhoodTags],
      requireSome('neighborhoods'),
    );
    return parseWithIds(docsOf(body), neighborhoodFromCms, neighborhoodSchema, 'neighborhood');
  }

  async function allNeighborhoods(): Promise<Neighborhood[]> {
    return (await neighborhoodsWithIds()).map((entry) => entry.value);
  }

  async function allCategories(): Promise<Category[]> {
    let fromCms: Category[] = [];
    try {
      const body = await client.get('/api/categories', { locale: 'all', depth: 0, pagination: false }, [
        categoryTags,
      ]);
      fromCms = parseEntries(docsOf(body), categoryFromCms, categorySchema, 'category');
    } catch (error) {
      // Labels fall back to the domain's own; the category list itself is closed and known.
      console.error(`[paseo] categories unavailable, using built-in labels: ${String(error)}`);
    }
    const byKey = new Map(fromCms.map((category) => [category.key, category]));
    return categoryKeys.map((key) => byKey.get(key) ?? categoryOf(key));
  }

  async function categoryOfKey(key: CategoryKey): Promise<Category> {
    return (await allCategories()).find((category) => category.key === key) ?? categoryOf(key);
  }

  async function allGuides(): Promise<Guide[]> {
    const body = await client.get(
      '/api/guides',
      { locale: 'all', depth: 0, pagination: false, sort: 'slug' },
      [guideTags],
    );
    return parseEntries(docsOf(body), guideFromCms, guideSchema, 'guide');
  }

  return {
    /** A venue with everything its page shows, or undefined when no published venue has the slug. */
    async venuePage(locale: Locale, slug: string): Promise<VenuePage | undefined> {
      let doc = await venueDocBySlug(locale, slug);
      // An English page without its own slug is reached by the Spanish one.
      if (doc === undefined && locale === 'en') doc = await venueDocBySlug('es', slug);
      if (doc === undefined) return undefined;
      const venue = parseEntry(doc, venueFromCms, venueSchema, 'venue');
      const id = idOf(doc);
      if (!venue || id === undefined) return undefined;
      const [neighborhoods, category, candidates] = await Promise.all([
        allNeighborhoods(),
        categoryOfKey(venue.category),
        venueCards({ ...boundingBox(venue.location, NEARBY_RADIUS_METERS), limit: 100, sort: 'slug' }, [
          venueTags,
        ]),
      ]);
      const pinnedDocs = populated((doc as { pinnedNearby?: unknown }).pinnedNearby);
      const pinned = parseEntries(pinnedDocs, venueFromCms, venueCardSchema, 'pinned venue');
      const pool = [...pinned, ...candidates.filter((c) => !pinned.some((p) => p.slug.es === c.slug.es))];
      const guideDocs = populated((doc as { guides?: unknown }).guides);
      return {
        id,
        venue,
        category,
        trail: neighborhoodTrail(venue.neighborhood, neighborhoods),
        guides: parseEntries(guideDocs, guideFromCms, guideSchema, 'guide'),
        nearby: nearby(venue, pool, {
          pinned: venue.pinnedNearby,
          limit: NEARBY_LIMIT,
          maxMeters: NEARBY_RADIUS_METERS,
        }),
        seo: seoFromCms(doc),
      };
    },

    /** The newest venues, for the home page. An empty answer is taken as a CMS not ready yet. */
    latestVenues(limit = 6): Promise<VenueCard[]> {
      return venueCards({ limit, sort: '-updatedAt' }, [venueTags], requireSome('venues'));
    },

    allVenueCards(): Promise<VenueCard[]> {
      return venueCards({ pagination: false, sort: 'slug' }, [venueTags]);
    },

    async venuesInNeighborhoods(neighborhoodSlugs: readonly string[]): Promise<VenueCard[]> {
      const withIds = await neighborhoodsWithIds();
      const ids = withIds.filter((n) => neighborhoodSlugs.includes(n.value.slug.es)).map((n) => n.id);
      if (ids.length === 0) return [];
      return venueCards({ 'where[neighborhood][in]': ids.join(','), pagination: false, sort: 'slug' }, [
        venueTags,
      ]);
    },

    venuesInCategory(key: CategoryKey): Promise<VenueCard[]> {
      return venueCards({ 'where[category.key][equals]': key, pagination: false, sort: 'slug' }, [venueTags]);
    },

    /** Slugs and dates of every published venue, for the sitemap. */
    async venueSlugs(): Promise<{ slug: Venue['slug']; updatedAt?: string }[]> {
      const body = await client.get(
        '/api/venues',
        { locale: 'all', depth: 0, pagination: false, 'select[slug]': true, 'select[updatedAt]': true },
        [venueTags],
        checkPage,
      );
      return parseEntries(
        docsOf(body),
        (doc) => ({
          slug: localized((doc as { slug?: unknown }).slug),
          updatedAt: withoutEmpty((doc as { updatedAt?: unknown }).updatedAt),
        }),
        venueSchema.pick({ slug: true, updatedAt: true }),
        'venue slug',
      );
    },

    allNeighborhoods,
    allCategories,
    categoryOfKey,
    allGuides,

    async neighborhoodBySlug(locale: Locale, slug: string) {
      const all = await allNeighborhoods();
      const found =
        all.find((n) => (locale === 'en' ? (n.slug.en ?? n.slug.es) : n.slug.es) === slug) ??
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
        all.find((g) => (locale === 'en' ? (g.slug.en ?? g.slug.es) : g.slug.es) === slug) ??
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
      const to = (docsOf(body)[0] as { to?: { url?: unknown } } | undefined)?.to?.url;
      return typeof to === 'string' && to.startsWith('/') && to !== path ? to : undefined;
    },

    /** Search by the words of the query, accent- and case-folded, answered by the database. */
    async search(query: string, limit = 20) {
      const key = searchKey(query);
      if (!key) return { venues: [], neighborhoods: [], guides: [] };
      const where = { 'where[searchText][like]': key, locale: 'all', limit };
      const [venues, neighborhoods, guides] = await Promise.all([
        client.getFresh('/api/venues', { ...where, depth: 1 }),
        client.getFresh('/api/neighborhoods', { ...where, depth: 1 }),
        client.getFresh('/api/guides', { ...where, depth: 0 }),
      ]);
      return {
        venues: parseEntries(docsOf(venues), venueFromCms, venueCardSchema, 'venue'),
        neighborhoods: parseEntries(
          docsOf(neighborhoods),
          neighborhoodFromCms,
          neighborhoodSchema,
          'neighborhood',
        ),
        guides: parseEntries(docsOf(guides), guideFromCms, guideSchema, 'guide'),
      };
    },
  };
}

export type Content = ReturnType<typeof createContent>;
