import { randomBytes } from 'node:crypto';
import type { Locale, LocalizedText, VenueInput } from '@paseo/domain';
import { categoryFixtures, guides, images, neighborhoods, venues } from '@paseo/domain/fixtures';
import type { Payload } from 'payload';
import { drawSampleImage } from './sampleImage';

/** The demo accounts the README lists. For local use only: the seed refuses production. */
export const demoUsers = [
  { email: 'admin@example.com', password: 'paseo-demo-admin', name: 'Demo Admin', role: 'admin' },
  { email: 'editor@example.com', password: 'paseo-demo-editor', name: 'Demo Editor', role: 'editor' },
] as const;

type Id = number | string;
type Json = Record<string, unknown>;

/** The text for one language, without falling back: an untranslated field stays empty. */
const text = (value: LocalizedText | undefined, locale: Locale) => (value ? value[locale] : undefined);

async function findId(
  payload: Payload,
  collection: 'venues' | 'neighborhoods' | 'guides' | 'categories' | 'media' | 'users',
  where: Json,
): Promise<Id | undefined> {
  const { docs } = await payload.find({
    collection,
    where,
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
  } as never);
  return (docs[0] as { id: Id } | undefined)?.id;
}

/**
 * Creates an entry in Spanish, then adds its English. `rows` names the arrays whose rows carry
 * localized text: their English goes onto the same rows, matched by position.
 */
async function createBilingual(
  payload: Payload,
  collection: 'venues' | 'neighborhoods' | 'guides' | 'categories',
  build: (locale: Locale) => Json,
  rows: (doc: Json, english: Json) => Json = (_doc, english) => english,
): Promise<Id> {
  const created = (await payload.create({
    collection,
    locale: 'es',
    data: build('es'),
    overrideAccess: true,
    context: { seeding: true },
  } as never)) as unknown as Json & { id: Id };
  await payload.update({
    collection,
    id: created.id,
    locale: 'en',
    data: rows(created, build('en')),
    overrideAccess: true,
    context: { seeding: true },
  } as never);
  return created.id;
}

/** Gives each row of an English array the id of the Spanish row in the same position. */
function sameRows(created: unknown, english: unknown): unknown {
  if (!Array.isArray(english) || !Array.isArray(created)) return english;
  return english.map((row, index) => {
    const original = created[index] as Json | undefined;
    const merged: Json = { ...(row as Json), id: original?.id };
    for (const [key, value] of Object.entries(merged)) {
      if (Array.isArray(value)) merged[key] = sameRows(original?.[key], value);
    }
    return merged;
  });
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
    if (!exists)
      await payload.create({ collection: 'users', data: { ...user }, overrideAccess: true } as never);
    note(!exists, `user ${user.email}`);
  }

  if (env.CMS_API_KEY) await ensurePreviewUser(payload, env.CMS_API_KEY, note);

  const categoryIds = new Map<string, Id>();
  for (const category of categoryFixtures) {
    let id = await findId(payload, 'categories', { key: { equals: category.key } });
    note(!id, `category ${category.key}`);
    // Its labels come from the domain (collections/Categories/hooks/labelFromDomain.ts).
    id ??= await createBilingual(payload, 'categories', () => ({ key: category.key }));
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
    id ??= await createBilingual(payload, 'neighborhoods', (locale) => ({
      _status: 'published',
      name: text(area.name, locale),
      slug: area.slug[locale],
      kind: area.kind,
      parent: area.parent ? neighborhoodIds.get(area.parent) : undefined,
      summary: text(area.summary, locale),
      centre: area.centre,
      boundary: area.boundary,
    }));
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
      } as never);
      id = (created as { id: Id }).id;
    }
    mediaIds.set(image.url, id);
  }

  const guideIds = new Map<string, Id>();
  for (const guide of guides) {
    let id = await findId(payload, 'guides', { slug: { equals: guide.slug.es } });
    note(!id, `guide ${guide.slug.es}`);
    id ??= await createBilingual(payload, 'guides', (locale) => ({
      _status: 'published',
      title: text(guide.title, locale),
      slug: guide.slug[locale],
      topic: guide.topic,
      summary: text(guide.summary, locale),
      body: guide.body[locale],
    }));
    guideIds.set(guide.slug.es, id);
  }

  const venueIds = new Map<string, Id>();
  const newVenues: string[] = [];
  for (const venue of venues) {
    let id = await findId(payload, 'venues', { slug: { equals: venue.slug.es } });
    note(!id, `venue ${venue.slug.es}`);
    if (!id) {
      newVenues.push(venue.slug.es);
      id = await createVenue(payload, venue, { categoryIds, neighborhoodIds, mediaIds, guideIds });
    }
    venueIds.set(venue.slug.es, id);
  }

  // Pins point at other venues, so they are set once every venue exists.
  for (const venue of venues.filter(
    (v) => newVenues.includes(v.slug.es) && (v.pinnedNearby ?? []).length > 0,
  )) {
    const pinned = (venue.pinnedNearby ?? [])
      .map((slug) => venueIds.get(slug))
      .filter((id) => id !== undefined);
    await payload.update({
      collection: 'venues',
      id: venueIds.get(venue.slug.es) as Id,
      locale: 'es',
      data: { pinnedNearby: pinned, _status: 'published' },
      overrideAccess: true,
      context: { seeding: true },
    } as never);
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
  const data = { email, role: 'editor', name: 'Site preview', enableAPIKey: true, apiKey };
  if (id) {
    const current = (await payload.findByID({
      collection: 'users',
      id,
      overrideAccess: true,
      showHiddenFields: true,
    } as never)) as { apiKey?: string };
    if (current.apiKey !== apiKey)
      await payload.update({ collection: 'users', id, data, overrideAccess: true } as never);
  } else {
    await payload.create({
      collection: 'users',
      data: { ...data, password: randomBytes(24).toString('hex') },
      overrideAccess: true,
    } as never);
  }
  note(!id, `user ${email}`);
}

/** The ids of what a venue refers to: categories by key, media by URL, the rest by Spanish slug. */
export type Refs = {
  categoryIds: Map<string, Id>;
  neighborhoodIds: Map<string, Id>;
  mediaIds: Map<string, Id>;
  guideIds: Map<string, Id>;
};

/**
 * Creates a venue of the domain's shape as an editor would: in Spanish, then its English on the
 * same rows. No notice goes to the site, which has cached nothing of it yet.
 */
export async function createVenue(payload: Payload, venue: VenueInput, refs: Refs): Promise<Id> {
  return createBilingual(
    payload,
    'venues',
    (locale) => venueData(venue, locale, refs),
    (created, english) => ({
      ...english,
      tips: sameRows(created.tips, english.tips),
      transit: sameRows(created.transit, english.transit),
      factChecks: sameRows(created.factChecks, english.factChecks),
      openingHours: {
        ...(english.openingHours as Json),
        closures: sameRows(
          (created.openingHours as Json)?.closures,
          (english.openingHours as Json)?.closures,
        ),
      },
      admission: {
        ...(english.admission as Json),
        prices: sameRows((created.admission as Json)?.prices, (english.admission as Json)?.prices),
        freeDays: sameRows((created.admission as Json)?.freeDays, (english.admission as Json)?.freeDays),
      },
    }),
  );
}

/** A venue of the domain's shape as the CMS's data for one language: what an editor types in it. */
export function venueData(venue: VenueInput, locale: Locale, refs: Refs): Json {
  const hours = venue.openingHours;
  return {
    _status: 'published',
    name: text(venue.name, locale),
    slug: venue.slug[locale],
    teaser: text(venue.teaser, locale),
    category: refs.categoryIds.get(venue.category),
    neighborhood: refs.neighborhoodIds.get(venue.neighborhood),
    heroImage: refs.mediaIds.get(venue.heroImage.url),
    gallery: (venue.gallery ?? []).map((media) => refs.mediaIds.get(media.url)).filter(Boolean),
    pullQuote: venue.pullQuote
      ? { text: text(venue.pullQuote.text, locale), attribution: venue.pullQuote.attribution }
      : undefined,
    description: venue.description[locale],
    tips: (venue.tips ?? []).map((tip) => ({ kind: tip.kind, text: text(tip.text, locale) })),
    address: venue.address,
    location: venue.location,
    gettingThere: text(venue.gettingThere, locale),
    transit: venue.transit ?? [],
    contact: venue.contact,
    openingHours: hours
      ? {
          rule: hours.rule,
          timeZone: hours.timeZone,
          closures: (hours.closures ?? []).map((c) => ({ date: c.date, reason: text(c.reason, locale) })),
          note: text(hours.note, locale),
        }
      : undefined,
    admission: venue.admission
      ? {
          prices: (venue.admission.prices ?? []).map((p) => ({
            kind: p.kind,
            audience: text(p.audience, locale),
            amountMXN: p.amountMXN,
          })),
          freeDays: (venue.admission.freeDays ?? []).map((day) => ({ text: text(day, locale) })),
          note: text(venue.admission.note, locale),
        }
      : undefined,
    accessibility: venue.accessibility
      ? { ...venue.accessibility, note: text(venue.accessibility.note, locale) }
      : undefined,
    factChecks: (venue.factChecks ?? []).map((check) => ({
      group: check.group,
      verifiedAt: check.verifiedAt,
      sourceName: check.source.name,
      sourceUrl: check.source.url,
    })),
    guides: (venue.guides ?? []).map((slug) => refs.guideIds.get(slug)).filter(Boolean),
  };
}
