import { images } from '@paseo/domain/fixtures';
import type { PostgresAdapter } from '@payloadcms/db-postgres';
import type { CollectionSlug, Payload } from 'payload';
import type { Id, Refs } from '../../src/lib/venueData';
import { generateCityVenues } from '../../src/seed/city/venues';
import { writeVenues } from './writeVenues';

export type Progress = { done: number; created: number; skipped: number; total: number; seconds: number };

export type LoadOptions = {
  count: number;
  seed?: number;
  /** Venues written in one transaction. */
  batchSize?: number;
  /**
   * Transactions under way at once, so this process builds rows while PostgreSQL writes others'.
   * Seen on 2 cores, 1,000 venues: 1 → 52–54/s, 2 → 80–89/s, 3 → 93–101/s, 4 and 6 no better.
   */
  concurrency?: number;
  onProgress?: (progress: Progress) => void;
};

export type LoadReport = { created: number; skipped: number; seconds: number };

/** Every document of a collection, as `key → id`, reading only the key; Spanish for localized keys. */
async function idsBy(payload: Payload, collection: CollectionSlug, key: string): Promise<Map<string, Id>> {
  const { docs } = await payload.find({
    collection,
    select: { [key]: true },
    locale: 'es',
    depth: 0,
    limit: 0,
    pagination: false,
    draft: true,
    overrideAccess: true,
  });
  const ids = new Map<string, Id>();
  for (const doc of docs) {
    const value: unknown = Reflect.get(doc, key);
    if (typeof value === 'string') ids.set(value, doc.id);
  }
  return ids;
}

/** The sample content's ids, which generated venues refer to; refuses to go on without it. */
export async function sampleRefs(payload: Payload): Promise<Refs> {
  const byFile = await idsBy(payload, 'media', 'filename');
  const mediaIds = new Map<string, Id>();
  for (const image of Object.values(images)) {
    const id = byFile.get(image.url.split('/').pop() ?? '');
    if (id !== undefined) mediaIds.set(image.url, id);
  }
  const refs: Refs = {
    categoryIds: await idsBy(payload, 'categories', 'key'),
    neighborhoodIds: await idsBy(payload, 'neighborhoods', 'slug'),
    guideIds: await idsBy(payload, 'guides', 'slug'),
    mediaIds,
  };
  const missing = Object.entries(refs)
    .filter(([, ids]) => ids.size === 0)
    .map(([name]) => name);
  if (missing.length > 0) {
    throw new Error(
      `The sample content is missing (${missing.join(', ')}): generated venues refer to it. ` +
        'Run `npm start` once (or `npm run seed -w @paseo/cms`) first.',
    );
  }
  return refs;
}

/**
 * Loads `count` generated venues (see src/seed/city) on top of the sample content, published,
 * written as an editor's saves leave them (see writeVenues). Venues whose Spanish slug exists
 * already are skipped, so a run can be repeated or extended (`-- 1000`, then `-- 10000`).
 */
export async function loadCityVenues(
  payload: Payload,
  { count, seed, batchSize = 50, concurrency = 3, onProgress }: LoadOptions,
): Promise<LoadReport> {
  const refs = await sampleRefs(payload);
  const existing = await idsBy(payload, 'venues', 'slug');
  const generated = generateCityVenues(count, { seed });
  const wanted = generated.filter((venue) => !existing.has(venue.slug.es));
  const skipped = generated.length - wanted.length;
  const batches: (typeof wanted)[] = [];
  for (let i = 0; i < wanted.length; i += batchSize) batches.push(wanted.slice(i, i + batchSize));
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  let created = 0;
  const worker = async () => {
    for (let batch = batches.shift(); batch; batch = batches.shift()) {
      await writeVenues(payload, batch, refs);
      created += batch.length;
      onProgress?.({ done: created + skipped, created, skipped, total: count, seconds: seconds() });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  if (created > 0) {
    // What autovacuum would get to in a while, now: statistics that show the planner the city and not
    // the few venues there were before it, and a visibility map that lets it count from an index.
    const adapter = payload.db as unknown as PostgresAdapter;
    await adapter.execute({ drizzle: adapter.drizzle, raw: 'vacuum analyze' });
  }
  return { created, skipped, seconds: seconds() };
}
