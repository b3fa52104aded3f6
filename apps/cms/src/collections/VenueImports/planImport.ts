import {
  creditSchema,
  type ImageReference,
  localizedTextRequired,
  type PublicationStatus,
  type VenueFile,
  type VenueFileIssue,
  type VenueRecord,
  type VenueRow,
  venuesFromCsv,
  venuesFromGeoJson,
  venueToRow,
} from '@paseo/domain';
import type { ImportFormat, ImportPlan, PlannedRow, RowAction } from '@paseo/domain/cms';
import type { CollectionSlug, Payload, Where } from 'payload';
import type { Id, Refs } from '../../lib/venueData';
import { findVenueDocs, imageIdsOf, parsedRecordOf } from '../../lib/venueRecords';

/** A file's format by its name: `.geojson` or `.json` is GeoJSON, anything else CSV. */
export const formatOf = (fileName: string): ImportFormat =>
  /\.(geo)?json$/i.test(fileName) ? 'geojson' : 'csv';

export function readVenueFile(format: ImportFormat, text: string): VenueFile {
  return format === 'geojson' ? venuesFromGeoJson(text) : venuesFromCsv(text);
}

/** What the import needs to write the rows it plans to: every reference as an id. */
export type Resolution = {
  refs: Refs & { mediaIds: Map<string, Id>; venueIds: Map<string, Id> };
  /** Venues already in the CMS, by Spanish slug. */
  existing: Map<string, { id: Id; status: PublicationStatus }>;
  /** Images to fetch, by address. */
  toFetch: Map<string, ImageReference>;
  /** Each row's venue, by row number, for the rows the plan creates or updates. */
  venues: Map<number, VenueRecord>;
  /** The file's columns: an update leaves a venue's other fields as they are. */
  given: Set<string>;
};

/** How many values one `in` query carries. */
const batchSize = 500;

async function findIn<T>(
  payload: Payload,
  collection: CollectionSlug,
  field: string,
  values: Iterable<string | number>,
  select: Record<string, true>,
  extra: Where = {},
  locale: 'es' | 'en' = 'es',
): Promise<T[]> {
  const all = [...new Set(values)];
  const found: T[] = [];
  for (let start = 0; start < all.length; start += batchSize) {
    const { docs } = await payload.find({
      collection,
      where: { and: [{ [field]: { in: all.slice(start, start + batchSize) } }, extra] },
      select,
      locale,
      depth: 0,
      limit: batchSize * 2,
      pagination: false,
      draft: collection === 'venues',
      overrideAccess: true,
    });
    found.push(...(docs as T[]));
  }
  return found;
}

/** The file name an image address names: the library is searched by it. */
export function fileNameOf(url: string): string {
  const path = /^https?:\/\//i.test(url) ? new URL(url).pathname : (url.split(/[?#]/)[0] ?? '');
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** An image the library lacks can be fetched only from http(s), with its alt text and full credit. */
function fetchRefusal(image: ImageReference): string | undefined {
  if (!/^https?:\/\//i.test(image.url)) {
    return `“${fileNameOf(image.url)}” is not in the media library, and is not an http(s) address to fetch`;
  }
  if (!localizedTextRequired.safeParse(image.alt ?? {}).success) {
    return 'An image is fetched only with its alt text in Spanish and English';
  }
  if (!creditSchema.safeParse(image.credit ?? {}).success) {
    return 'An image is fetched only with its full credit (title, author, source, licence)';
  }
  return undefined;
}

const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((value, index) => value === b[index]);

/**
 * The dry run: every row checked by the domain's schemas (`venuesFromCsv`, `venuesFromGeoJson`),
 * then against the CMS: its category, neighborhood, guides, pinned venues and images must exist
 * (or the images be fetchable), and a venue that exists already (by Spanish slug) is compared
 * with the row, so a row that would change nothing is said to be unchanged. Nothing is written.
 */
export async function planImport(
  payload: Payload,
  format: ImportFormat,
  text: string,
): Promise<{ plan: ImportPlan; resolution: Resolution }> {
  const file = readVenueFile(format, text);
  const good = file.rows.flatMap((row) => ('venue' in row ? [row] : []));
  const venues = good.map((row) => row.venue);
  const images = venues.flatMap((venue) =>
    [venue.heroImage, ...venue.gallery].filter((image) => image !== undefined),
  );

  const categories = await findIn<{ id: Id; key: string }>(
    payload,
    'categories',
    'key',
    venues.map((v) => v.category),
    { key: true },
  );
  const neighborhoods = await findIn<{ id: Id; slug: string }>(
    payload,
    'neighborhoods',
    'slug',
    venues.map((v) => v.neighborhood),
    { slug: true },
    { kind: { equals: 'neighborhood' } },
  );
  const guides = await findIn<{ id: Id; slug: string }>(
    payload,
    'guides',
    'slug',
    venues.flatMap((v) => v.guides),
    { slug: true },
  );
  const slugs = venues.flatMap((v) => [v.slug.es, ...v.pinnedNearby]);
  const existingVenues = await findIn<{ id: Id; slug: string; _status?: PublicationStatus }>(
    payload,
    'venues',
    'slug',
    slugs,
    {
      slug: true,
      _status: true,
    },
  );
  const englishSlugs = await findIn<{ id: Id; slug: string }>(
    payload,
    'venues',
    'slug',
    venues.flatMap((v) => v.slug.en ?? []),
    { slug: true },
    {},
    'en',
  );
  const englishSlugOwners = new Map(englishSlugs.map((doc) => [doc.slug, doc.id]));
  const englishSlugRows = new Map<string, number>();
  const media = await findIn<{ id: Id; filename: string; credit?: { title?: string; author?: string } }>(
    payload,
    'media',
    'filename',
    images.map((image) => fileNameOf(image.url)),
    { filename: true, credit: true },
  );

  const byKey = <T extends { id: Id }>(docs: T[], key: (doc: T) => string) =>
    new Map(docs.map((doc) => [key(doc), doc.id]));
  const mediaByName = new Map(media.map((doc) => [doc.filename, doc]));
  const resolution: Resolution = {
    refs: {
      categoryIds: byKey(categories, (doc) => doc.key),
      neighborhoodIds: byKey(neighborhoods, (doc) => doc.slug),
      guideIds: byKey(guides, (doc) => doc.slug),
      mediaIds: new Map(),
      venueIds: byKey(existingVenues, (doc) => doc.slug),
    },
    existing: new Map(
      existingVenues.map((doc) => [doc.slug, { id: doc.id, status: doc._status ?? 'published' }]),
    ),
    toFetch: new Map(),
    venues: new Map(),
    given: new Set(file.columns),
  };

  const rows: PlannedRow[] = [];
  const toCompare: { planned: PlannedRow; venue: VenueRecord; id: Id }[] = [];
  for (const result of file.rows) {
    if (!('venue' in result)) {
      rows.push({ row: result.row, slug: result.slug, action: 'refuse', issues: result.issues });
      continue;
    }
    const { venue, row } = result;
    const issues: VenueFileIssue[] = [];
    const refuse = (column: string, message: string) => issues.push({ row, column, message });
    const { refs } = resolution;
    if (!refs.categoryIds.has(venue.category))
      refuse('category', `No category “${venue.category}” in the CMS`);
    if (!refs.neighborhoodIds.has(venue.neighborhood)) {
      refuse('neighborhood', `No neighborhood with the Spanish slug “${venue.neighborhood}” in the CMS`);
    }
    const englishSlug = venue.slug.en;
    if (englishSlug !== undefined) {
      const owner = englishSlugOwners.get(englishSlug);
      const firstRow = englishSlugRows.get(englishSlug);
      if (owner !== undefined && owner !== resolution.existing.get(venue.slug.es)?.id) {
        refuse('slug_en', `Another venue in the CMS has the English slug “${englishSlug}”`);
      } else if (firstRow !== undefined)
        refuse('slug_en', `Same English slug as row ${firstRow} (${englishSlug})`);
      else englishSlugRows.set(englishSlug, row);
    }
    for (const slug of venue.guides)
      if (!refs.guideIds.has(slug)) refuse('guides', `No guide “${slug}” in the CMS`);
    if (venue.pinnedNearby.includes(venue.slug.es))
      refuse('pinned_nearby', 'A venue cannot be pinned near itself');
    let fetches = 0;
    const resolveImage = (image: ImageReference, column: string, prefix = ''): void => {
      const library = mediaByName.get(fileNameOf(image.url));
      // A file of this CMS (or a bare file name) is the library's; a file elsewhere is the library's
      // file of the same name only when it is the same work (same title and author), else fetched.
      const elsewhere =
        /^https?:\/\//i.test(image.url) &&
        !/\/(api\/media\/file|media)\/[^/]+$/.test(new URL(image.url).pathname);
      const sameWork =
        library?.credit?.title === image.credit?.title && library?.credit?.author === image.credit?.author;
      const id = library && (!elsewhere || sameWork) ? library.id : undefined;
      const refusal = id === undefined ? fetchRefusal(image) : undefined;
      if (id !== undefined) refs.mediaIds.set(image.url, id);
      else if (refusal) refuse(column, prefix + refusal);
      else {
        fetches += 1;
        resolution.toFetch.set(image.url, image);
      }
    };
    if (venue.heroImage) resolveImage(venue.heroImage, 'hero_image_url');
    for (const [index, image] of venue.gallery.entries())
      resolveImage(image, 'gallery', `Line ${index + 1}: `);

    const planned: PlannedRow = { row, slug: venue.slug.es, name: venue.name.es, action: 'create' };
    rows.push(planned);
    if (issues.length > 0) {
      Object.assign(planned, { action: 'refuse', issues });
      continue;
    }
    if (fetches > 0) planned.fetches = fetches;
    resolution.venues.set(row, venue);
    const current = resolution.existing.get(venue.slug.es);
    if (current) {
      planned.action = 'update';
      if (fetches === 0) toCompare.push({ planned, venue, id: current.id });
    }
  }

  // Pins may name venues of this file, but only of rows that will be written.
  const written = new Set([...resolution.venues.values()].map((venue) => venue.slug.es));
  for (const planned of rows) {
    const venue = resolution.venues.get(planned.row);
    const missing = venue?.pinnedNearby.filter(
      (slug) => !resolution.refs.venueIds.has(slug) && !written.has(slug),
    );
    if (!venue || !missing?.length) continue;
    planned.action = 'refuse';
    planned.issues = missing.map((slug) => ({
      row: planned.row,
      column: 'pinned_nearby',
      message: `No venue “${slug}” in the CMS or among this file's accepted rows`,
    }));
    resolution.venues.delete(planned.row);
  }

  // A row that would write what the venue already holds is left alone: running a file twice changes
  // nothing. Only the file's columns count (the venue keeps the others); the images are compared by
  // the library files they name; an empty English slug or description keeps the venue's own.
  const compared = file.columns.filter(
    (column) => column !== 'status' && !column.startsWith('hero_image_') && column !== 'gallery',
  );
  const keptWhenEmpty = ['slug_en', 'description_en'];
  const cellsOf = (incoming: VenueRow, current: VenueRow) =>
    compared.map((column) =>
      keptWhenEmpty.includes(column) && incoming[column] === '' ? '' : (current[column] ?? ''),
    );
  for (let start = 0; start < toCompare.length; start += 100) {
    const batch = toCompare.slice(start, start + 100);
    const { docs } = await findVenueDocs(
      payload,
      { id: { in: batch.map((item) => item.id) } },
      { limit: 100 },
    );
    const byId = new Map(docs.map((doc) => [doc.id, doc]));
    for (const { planned, venue, id } of batch) {
      const doc = byId.get(id);
      const current = doc && parsedRecordOf(doc, 'http://cms.invalid');
      if (!doc || !current) continue;
      if (planned.action !== 'update') continue;
      const incoming = venueToRow(venue);
      const sameCells = sameList(
        compared.map((column) => incoming[column] ?? ''),
        cellsOf(incoming, venueToRow(current)),
      );
      const ids = (image: ImageReference | undefined) =>
        image ? [resolution.refs.mediaIds.get(image.url)] : [];
      const [heroId, ...galleryIds] = imageIdsOf(doc);
      const sameHero =
        !resolution.given.has('hero_image_url') ||
        sameList(ids(venue.heroImage), heroId === undefined ? [] : [heroId]);
      const sameGallery =
        !resolution.given.has('gallery') || sameList(venue.gallery.flatMap(ids), galleryIds);
      if (sameCells && sameHero && sameGallery) {
        planned.action = 'unchanged';
        resolution.venues.delete(planned.row);
      }
    }
  }

  const counts: Record<RowAction, number> = { create: 0, update: 0, unchanged: 0, refuse: 0 };
  for (const row of rows) counts[row.action] += 1;
  return { plan: { format, fileIssues: file.issues, rows, counts }, resolution };
}
