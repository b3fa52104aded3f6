import { randomBytes } from 'node:crypto';
import type { Locale } from '@paseo/domain';
import { lexicalState } from '@paseo/domain/cms';
import { categoryFixtures, guides, images, neighborhoods, venues, walks } from '@paseo/domain/fixtures';
import type {
  CollectionSlug,
  DataFromCollectionSlug,
  Payload,
  RequiredDataFromCollectionSlug,
  Where,
} from 'payload';
import type { DeepPartial } from 'ts-essentials';
import { type Id, idOf, sameRows, text, writeVenue } from '../lib/venueData';
import { drawSampleImage } from './sampleImage';

/** The demo accounts the README lists. For local use only: the seed refuses production. */
export const demoUsers = [
  { email: 'admin@example.com', password: 'paseo-demo-admin', name: 'Demo Admin', role: 'admin' },
  { email: 'editor@example.com', password: 'paseo-demo-editor', name: 'Demo Editor', role: 'editor' },
] as const;

/** The collections whose entries are written in Spanish, then English. */
type Content = 'venues' | 'neighborhoods' | 'guides' | 'walks' | 'categories';
type Data<S extends CollectionSlug> = RequiredDataFromCollectionSlug<S>;

async function findId(payload: Payload, collection: CollectionSlug, where: Where): Promise<Id | undefined> {
  const { docs } = await payload.find({
    collection,
    where,
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
  });
  return docs[0]?.id;
}

/** Creates an entry in Spanish, then adds its English, which may need the rows the first save made. */
async function createBilingual<S extends Content>(
  payload: Payload,
  collection: S,
  spanish: Data<S>,
  english: (created: DataFromCollectionSlug<S>) => DeepPartial<Data<S>>,
): Promise<Id> {
  const created = await payload.create({
    collection,
    locale: 'es',
    data: spanish,
    overrideAccess: true,
    context: { seeding: true },
  });
  await payload.update({
    collection,
    id: created.id,
    locale: 'en',
    data: english(created),
    overrideAccess: true,
    context: { seeding: true },
  });
  return created.id;
}

export type SeedReport = { created: string[]; skipped: string[] };

/**
 * Loads the Coyoacán sample content and the demo users. Entries that exist already (matched by
 * slug, key, file name or email) are left as they are, so a second run changes nothing.
 */
export async function seed(payload: Payload, env: NodeJS.ProcessEnv = process.env): Promise<SeedReport> {
  if (env.PASEO_ENV === 'production') {
    throw new Error('Refusing to seed: PASEO_ENV=production marks this database as production.');
  }
  const report: SeedReport = { created: [], skipped: [] };
  const note = (created: boolean, label: string) => (created ? report.created : report.skipped).push(label);

  for (const user of demoUsers) {
    const exists = await findId(payload, 'users', { email: { equals: user.email } });
    if (!exists) await payload.create({ collection: 'users', data: { ...user }, overrideAccess: true });
    note(!exists, `user ${user.email}`);
  }

  if (env.CMS_API_KEY) await ensurePreviewUser(payload, env.CMS_API_KEY, note);

  const categoryIds = new Map<string, Id>();
  for (const category of categoryFixtures) {
    let id = await findId(payload, 'categories', { key: { equals: category.key } });
    note(!id, `category ${category.key}`);
    // Its labels come from the domain (collections/Categories/hooks/labelFromDomain.ts).
    id ??= await createBilingual(payload, 'categories', { key: category.key }, () => ({}));
    categoryIds.set(category.key, id);
  }

  const neighborhoodIds = new Map<string, Id>();
  // Boroughs first, so each neighborhood finds its parent.
  const ordered = [...neighborhoods].sort(
    (a, b) => Number(a.kind !== 'borough') - Number(b.kind !== 'borough'),
  );
  for (const area of ordered) {
    let id = await findId(payload, 'neighborhoods', { slug: { equals: area.slug.es } });
    note(!id, `neighborhood ${area.slug.es}`);
    id ??= await createBilingual(
      payload,
      'neighborhoods',
      {
        _status: 'published',
        name: area.name.es,
        slug: area.slug.es,
        kind: area.kind,
        parent: area.parent ? idOf(neighborhoodIds, area.parent, 'the neighborhood') : undefined,
        summary: area.summary.es,
        centre: area.centre,
        boundary: area.boundary,
      },
      () => ({ name: area.name.en, slug: area.slug.en, summary: area.summary.en }),
    );
    neighborhoodIds.set(area.slug.es, id);
  }

  const mediaIds = new Map<string, Id>();
  for (const [key, image] of Object.entries(images)) {
    const filename = image.url.split('/').pop() ?? `${key}.jpg`;
    let id = await findId(payload, 'media', { filename: { equals: filename } });
    note(!id, `media ${filename}`);
    if (!id) {
      const data = await drawSampleImage(key, image.width, image.height);
      const created = await payload.create({
        collection: 'media',
        data: { alt: image.alt, credit: image.credit },
        file: { data, mimetype: 'image/jpeg', name: filename, size: data.length },
        overrideAccess: true,
      });
      id = created.id;
    }
    mediaIds.set(image.url, id);
  }

  const guideIds = new Map<string, Id>();
  for (const guide of guides) {
    let id = await findId(payload, 'guides', { slug: { equals: guide.slug.es } });
    note(!id, `guide ${guide.slug.es}`);
    id ??= await createBilingual(
      payload,
      'guides',
      {
        _status: 'published',
        title: guide.title.es,
        slug: guide.slug.es,
        topic: guide.topic,
        summary: guide.summary.es,
        body: lexicalState(guide.body.es),
      },
      () => ({
        title: guide.title.en,
        slug: guide.slug.en,
        summary: guide.summary.en,
        body: guide.body.en && lexicalState(guide.body.en),
      }),
    );
    guideIds.set(guide.slug.es, id);
  }

  const venueIds = new Map<string, Id>();
  const newVenues: string[] = [];
  for (const venue of venues) {
    let id = await findId(payload, 'venues', { slug: { equals: venue.slug.es } });
    note(!id, `venue ${venue.slug.es}`);
    if (!id) {
      newVenues.push(venue.slug.es);
      id = await writeVenue(payload, {
        venue,
        refs: { categoryIds, neighborhoodIds, mediaIds, guideIds },
        status: 'published',
        context: { seeding: true },
      });
    }
    venueIds.set(venue.slug.es, id);
  }

  // Pins point at other venues, so they are set once every venue exists.
  for (const venue of venues.filter(
    (v) => newVenues.includes(v.slug.es) && (v.pinnedNearby ?? []).length > 0,
  )) {
    await payload.update({
      collection: 'venues',
      id: idOf(venueIds, venue.slug.es, 'the venue'),
      locale: 'es',
      data: {
        pinnedNearby: (venue.pinnedNearby ?? []).map((slug) => idOf(venueIds, slug, 'the venue')),
        _status: 'published',
      },
      overrideAccess: true,
      context: { seeding: true },
    });
  }

  for (const walk of walks) {
    const id = await findId(payload, 'walks', { slug: { equals: walk.slug.es } });
    note(!id, `walk ${walk.slug.es}`);
    if (id) continue;
    const stops = (locale: Locale) =>
      walk.stops.map((stop) => ({
        venue: idOf(venueIds, stop.venue, 'the venue'),
        minutes: stop.minutes,
        lookFor: text(stop.lookFor, locale),
        wayHere: text(stop.wayHere, locale),
      }));
    await createBilingual(
      payload,
      'walks',
      {
        _status: 'published',
        title: walk.title.es,
        slug: walk.slug.es,
        teaser: walk.teaser.es,
        introduction: lexicalState(walk.introduction.es),
        neighborhood: idOf(neighborhoodIds, walk.neighborhood, 'the neighborhood'),
        heroImage: idOf(mediaIds, walk.heroImage.url, 'the image'),
        stops: stops('es'),
        reorderable: walk.reorderable,
        verifiedAt: walk.verifiedAt,
        sources: walk.sources,
      },
      (created) => ({
        title: walk.title.en,
        slug: walk.slug.en,
        teaser: walk.teaser.en,
        introduction: walk.introduction.en && lexicalState(walk.introduction.en),
        stops: sameRows(created.stops, stops('en')),
      }),
    );
  }

  return report;
}

/**
 * The account whose API key the public site uses to show drafts in previews: an editor that cannot
 * log in with a password anyone knows.
 */
async function ensurePreviewUser(
  payload: Payload,
  apiKey: string,
  note: (created: boolean, label: string) => void,
) {
  const email = 'preview@paseo.invalid';
  const id = await findId(payload, 'users', { email: { equals: email } });
  const data = { email, role: 'editor', name: 'Site preview', enableAPIKey: true, apiKey } as const;
  if (id) {
    const current = await payload.findByID({
      collection: 'users',
      id,
      overrideAccess: true,
      showHiddenFields: true,
    });
    if (current.apiKey !== apiKey)
      await payload.update({ collection: 'users', id, data, overrideAccess: true });
  } else {
    await payload.create({
      collection: 'users',
      data: { ...data, password: randomBytes(24).toString('hex') },
      overrideAccess: true,
    });
  }
  note(!id, `user ${email}`);
}
