import {
  addressSchema,
  englishColumns,
  hasEnglish,
  type Locale,
  type LocalizedText,
  type PublicationStatus,
  type VenueInput,
  venueColumnNames,
  venueColumns,
} from '@paseo/domain';
import { lexicalState } from '@paseo/domain/cms';
import type { Payload, PayloadRequest, RequiredDataFromCollectionSlug } from 'payload';

export type Id = number;

/** The text for one language, without falling back: an untranslated field stays empty. */
export const text = (value: LocalizedText | undefined, locale: Locale) => value?.[locale];

/** The id an entry refers to by `key`; a reference that cannot be resolved is the caller's mistake. */
export function idOf(ids: ReadonlyMap<string, Id>, key: string, what: string): Id {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`No id for ${what} ${key}`);
  return id;
}

/**
 * An English array on the rows the Spanish save made, matched by position: its localized text
 * belongs on those rows, not on new ones.
 */
export function sameRows<Row extends object>(
  created: readonly { id?: string | null }[] | null | undefined,
  english: readonly Row[] | null | undefined,
): (Row & { id?: string | null })[] | undefined {
  return english?.map((row, index) => ({ ...row, id: created?.[index]?.id }));
}

/** The ids of what a venue refers to: categories by key, media by their `url` key, the rest by Spanish slug. */
export type Refs = {
  categoryIds: ReadonlyMap<string, Id>;
  neighborhoodIds: ReadonlyMap<string, Id>;
  mediaIds: ReadonlyMap<string, Id>;
  guideIds: ReadonlyMap<string, Id>;
  /** Pinned venues; left out, a venue's pins are not written. */
  venueIds?: ReadonlyMap<string, Id>;
};

/** A venue of the domain's shape whose images are named by a key (`url`) that `Refs.mediaIds` resolves. */
export type VenueContent = Omit<VenueInput, 'heroImage' | 'gallery' | 'status'> & {
  heroImage?: { url: string };
  gallery?: { url: string }[];
};

type Data = RequiredDataFromCollectionSlug<'venues'>;
/** A venue's data for one language; English may leave out the description it has not got. */
type VenueData = Omit<Data, 'description' | 'heroImage'> & Partial<Pick<Data, 'description' | 'heroImage'>>;

/** A venue of the domain's shape as the CMS's data for one language: what an editor types in it. */
export function venueData(
  venue: VenueContent,
  locale: Locale,
  refs: Refs,
  status: PublicationStatus = 'published',
): VenueData {
  const hours = venue.openingHours;
  const description = venue.description[locale];
  return {
    _status: status,
    name: text(venue.name, locale),
    slug: venue.slug[locale],
    teaser: text(venue.teaser, locale),
    category: idOf(refs.categoryIds, venue.category, 'the category'),
    neighborhood: idOf(refs.neighborhoodIds, venue.neighborhood, 'the neighborhood'),
    heroImage: venue.heroImage && idOf(refs.mediaIds, venue.heroImage.url, 'the image'),
    gallery: (venue.gallery ?? []).map((media) => idOf(refs.mediaIds, media.url, 'the image')),
    pullQuote: venue.pullQuote
      ? { text: text(venue.pullQuote.text, locale), attribution: venue.pullQuote.attribution }
      : undefined,
    description: description && lexicalState(description),
    tips: (venue.tips ?? []).map((tip) => ({ kind: tip.kind, text: text(tip.text, locale) })),
    address: addressSchema.parse(venue.address),
    location: venue.location,
    visitMinutes: venue.visitMinutes,
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
          freeDays: (venue.admission.freeDays ?? []).map((day) => ({ text: text(day.text, locale) })),
          note: text(venue.admission.note, locale),
        }
      : undefined,
    accessibility: venue.accessibility
      ? { ...venue.accessibility, note: text(venue.accessibility.note, locale) }
      : undefined,
    factChecks: venue.factChecks,
    guides: (venue.guides ?? []).map((slug) => idOf(refs.guideIds, slug, 'the guide')),
    ...(refs.venueIds
      ? {
          pinnedNearby: (venue.pinnedNearby ?? []).map((slug) =>
            idOf(refs.venueIds ?? new Map(), slug, 'the venue'),
          ),
        }
      : {}),
  };
}

type Path = readonly (string | number)[];

/** Where a file's column lands in the CMS's data for one language, or nothing for columns of another. */
function dataPath(columnPath: Path, locale: Locale): Path | undefined {
  const last = columnPath[columnPath.length - 1];
  if (last === 'es' || last === 'en') return last === locale ? columnPath.slice(0, -1) : undefined;
  if (columnPath[0] === 'status') return undefined;
  // The point is one field; an image is one relationship, its alt text and credit are the media's.
  if (columnPath[0] === 'location') return ['location'];
  if (columnPath[0] === 'heroImage') return columnPath[1] === 'url' ? ['heroImage'] : undefined;
  return columnPath;
}

/**
 * A venue's data for an update from a file that has only some columns: the fields of columns the
 * file lacks are left out (the venue keeps them), and those it has but leaves empty are cleared
 * (null), where an absent key would keep the old value. A description is never cleared: a
 * published venue needs one in every language (Spanish stands in for a missing English one).
 */
function onlyGiven(data: VenueData, locale: Locale, given: ReadonlySet<string>): VenueData {
  const result = structuredClone(data) as Record<string, unknown>;
  const givenPaths = new Map<string, { path: Path; given: boolean }>();
  for (const column of venueColumns) {
    const path = dataPath(column.path, locale);
    if (!path) continue;
    const key = path.join('.');
    const before = givenPaths.get(key)?.given ?? false;
    givenPaths.set(key, { path, given: before || given.has(column.name) });
  }
  for (const { path, given: isGiven } of givenPaths.values()) {
    const parent = path
      .slice(0, -1)
      .reduce<Record<string, unknown> | undefined>(
        (node, key) => node?.[key] as Record<string, unknown> | undefined,
        result,
      );
    const key = String(path[path.length - 1]);
    if (!isGiven) {
      if (parent) delete parent[key];
      continue;
    }
    if (key === 'description' && path.length === 1) continue;
    if (path.length > 1 && !parent) {
      // A group the data left out altogether: its given fields are cleared one by one.
      let node = result;
      for (const step of path.slice(0, -1)) {
        node[String(step)] ??= {};
        node = node[String(step)] as Record<string, unknown>;
      }
      node[key] = null;
    } else if (parent && parent[key] === undefined) parent[key] = null;
  }
  return result as VenueData;
}

const allColumns: ReadonlySet<string> = new Set(venueColumnNames);

type WriteVenue = {
  /** The venue to replace; absent, a new one is created. */
  id?: Id;
  /** For a replacement, the file's columns: the venue keeps the fields of the others. All, if absent. */
  given?: ReadonlySet<string>;
  venue: VenueContent;
  refs: Refs;
  status: PublicationStatus;
  /** The request whose transaction the writes join. */
  req?: Partial<PayloadRequest>;
  context?: Record<string, unknown>;
};

/**
 * Writes a venue of the domain's shape as an editor would: in Spanish, then its English on the
 * same rows. A draft is saved as a draft (a published venue keeps its published version).
 */
export async function writeVenue(
  payload: Payload,
  { id, given = allColumns, venue, refs, status, req, context }: WriteVenue,
): Promise<Id> {
  const common = { overrideAccess: true, draft: status === 'draft', context, req } as const;
  const replacing = (data: VenueData, locale: Locale) =>
    id === undefined ? data : onlyGiven(data, locale, given);
  const spanish = replacing(
    { ...venueData(venue, 'es', refs, status), description: lexicalState(venue.description.es) },
    'es',
  );
  const saved =
    id === undefined
      ? await payload.create({ collection: 'venues', locale: 'es', data: spanish as Data, ...common })
      : await payload.update({ collection: 'venues', id, locale: 'es', data: spanish, ...common });
  // A venue saved in Spanish alone needs no English save (a file without English columns, likewise).
  const writesEnglish =
    id === undefined ? hasEnglish(venue) : englishColumns.some((column) => given.has(column));
  if (!writesEnglish) return saved.id;
  const english = replacing(venueData(venue, 'en', refs, status), 'en');
  await payload
    .update({
      collection: 'venues',
      id: saved.id,
      locale: 'en',
      data: {
        ...english,
        tips: sameRows(saved.tips, english.tips),
        transit: sameRows(saved.transit, english.transit),
        factChecks: sameRows(saved.factChecks, english.factChecks),
        openingHours: english.openingHours && {
          ...english.openingHours,
          closures: sameRows(saved.openingHours?.closures, english.openingHours.closures),
        },
        admission: english.admission && {
          ...english.admission,
          prices: sameRows(saved.admission?.prices, english.admission.prices),
          freeDays: sameRows(saved.admission?.freeDays, english.admission.freeDays),
        },
      },
      ...common,
    })
    .catch((error: unknown) => {
      // Which language a refusal is about: the same field's English column, not its Spanish one.
      throw Object.assign(error as object, { locale: 'en' });
    });
  return saved.id;
}
