/**
 * Turns CMS documents (REST, `locale=all`, typed by `@paseo/domain/cms`) into the domain's input
 * shapes. Nothing is validated here — the domain schemas do that next — this only follows
 * populated relationships to the Spanish slugs the domain refers by, unwraps the per-language
 * values, and drops the nulls Payload sends for empty fields.
 */
import type {
  GuideInput,
  MediaInput,
  NeighborhoodInput,
  OpeningHoursInput,
  VenueInput,
  WalkInput,
} from '../index.js';
import type { ByLocale, GuideDoc, MediaDoc, NeighborhoodDoc, VenueDoc, WalkDoc } from './index.js';

/**
 * Every field of the domain's shape `T`, named and not yet checked: a mapping that leaves out a
 * field the domain has, or maps one it has not, does not compile.
 */
type Unchecked<T> = { [K in keyof Required<T>]: unknown };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Nulls and blank strings become absent, so optional domain fields read them as missing. */
export function withoutEmpty(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (Array.isArray(value)) return value.map(withoutEmpty).filter((item) => item !== undefined);
  if (isObject(value)) {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, withoutEmpty(item)] as const)
      .filter(([, item]) => item !== undefined);
    return Object.fromEntries(entries);
  }
  return value;
}

/**
 * A localized value `{es, en}`; a plain value (a single-locale answer) is taken as Spanish. A
 * localized field in an array's rows that no language has written comes as `{}`.
 */
export function localized(value: unknown): { es?: unknown; en?: unknown } | undefined {
  if (isObject(value)) {
    const es = withoutEmpty(value.es);
    const en = withoutEmpty(value.en);
    return es === undefined && en === undefined ? undefined : { es, en };
  }
  const clean = withoutEmpty(value);
  return clean === undefined ? undefined : { es: clean };
}

/** A relationship as the REST API gives it: the id alone, or the document when populated. */
type Relation<T> = number | T | null | undefined;

const isPopulated = <T extends { id: number }>(relation: Relation<T>): relation is T =>
  typeof relation === 'object' && relation !== null;

/** The Spanish slug of a populated relationship, or undefined when only an id came back. */
export function slugOf(
  relation: Relation<{ id: number; slug?: ByLocale<string> | null }>,
): string | undefined {
  return isPopulated(relation) ? (relation.slug?.es ?? undefined) : undefined;
}

/** The id of a relationship, populated or not. */
export function idOf(relation: Relation<{ id: number }>): number | undefined {
  if (typeof relation === 'number') return relation;
  return isPopulated(relation) ? relation.id : undefined;
}

/** Populated documents of a has-many relationship; bare ids (unpublished or too deep) are skipped. */
export function populated<T extends { id: number }>(
  relations: readonly Relation<T>[] | null | undefined,
): T[] {
  return (relations ?? []).filter(isPopulated);
}

const MEDIA_FILE_PATH = /\/api\/media\/file\/([^?#]+)/;

/**
 * Media are served by the site under `/media/<file>` (proxied from the CMS), so image URLs are
 * same-origin and the optimizer never depends on where the CMS runs.
 */
export function mediaPath(url: string): string {
  const file = MEDIA_FILE_PATH.exec(url)?.[1];
  if (file) return `/media/${file}`;
  return url;
}

export function mediaFromCms(doc: Relation<MediaDoc>) {
  if (!isPopulated(doc)) return undefined;
  const sizes = Object.entries(doc.sizes ?? {}).flatMap(([name, size]) =>
    size?.url && size.width && size.height
      ? [[name, { url: mediaPath(size.url), width: size.width, height: size.height }] as const]
      : [],
  );
  return {
    url: doc.url ? mediaPath(doc.url) : undefined,
    width: doc.width ?? undefined,
    height: doc.height ?? undefined,
    mimeType: doc.mimeType ?? undefined,
    alt: withoutEmpty(doc.alt),
    credit: withoutEmpty(doc.credit),
    sizes: sizes.length > 0 ? Object.fromEntries(sizes) : undefined,
  } satisfies Unchecked<MediaInput>;
}

function openingHoursFromCms(hours: VenueDoc['openingHours']) {
  if (!hours?.rule?.trim()) return undefined;
  return {
    rule: hours.rule,
    timeZone: withoutEmpty(hours.timeZone),
    closures: (hours.closures ?? []).map((closure) => ({
      date: closure.date,
      reason: localized(closure.reason),
    })),
    note: localized(hours.note),
  } satisfies Unchecked<OpeningHoursInput>;
}

function admissionFromCms(admission: VenueDoc['admission']) {
  const prices = (admission?.prices ?? []).map((price) => ({
    kind: price.kind,
    audience: localized(price.audience),
    amountMXN: price.amountMXN,
  }));
  const freeDays = (admission?.freeDays ?? []).map((day) => ({ text: localized(day.text) }));
  const note = localized(admission?.note);
  if (prices.length === 0 && freeDays.length === 0 && !note) return undefined;
  return { prices, freeDays, note };
}

function accessibilityFromCms(accessibility: VenueDoc['accessibility']) {
  if (!accessibility) return undefined;
  const { note, ...rest } = accessibility;
  return { ...(withoutEmpty(rest) as object), note: localized(note) };
}

function pullQuoteFromCms(pullQuote: VenueDoc['pullQuote']) {
  const text = localized(pullQuote?.text);
  if (!text) return undefined;
  return { text, attribution: withoutEmpty(pullQuote?.attribution) };
}

/** Rich text per language, taken as it is: blank text inside it (a space between words) matters. */
function richTextFromCms<T>(value: ByLocale<T> | null | undefined) {
  const es = value?.es ?? undefined;
  const en = value?.en ?? undefined;
  return es || en ? { es, en } : undefined;
}

/** A venue document (depth ≥ 1) in the shape `venueSchema` reads. */
export function venueFromCms(doc: VenueDoc) {
  return {
    name: localized(doc.name),
    slug: localized(doc.slug),
    status: doc._status ?? 'published',
    category: isPopulated(doc.category) ? doc.category.key : undefined,
    neighborhood: slugOf(doc.neighborhood),
    teaser: localized(doc.teaser),
    pullQuote: pullQuoteFromCms(doc.pullQuote),
    description: richTextFromCms(doc.description),
    heroImage: mediaFromCms(doc.heroImage),
    gallery: populated(doc.gallery).map(mediaFromCms),
    address: withoutEmpty(doc.address),
    location: withoutEmpty(doc.location),
    gettingThere: localized(doc.gettingThere),
    transit: withoutEmpty(doc.transit) ?? [],
    openingHours: openingHoursFromCms(doc.openingHours),
    admission: admissionFromCms(doc.admission),
    accessibility: accessibilityFromCms(doc.accessibility),
    contact: withoutEmpty(doc.contact),
    tips: (doc.tips ?? []).map((tip) => ({ kind: tip.kind, text: localized(tip.text) })),
    visitMinutes: withoutEmpty(doc.visitMinutes),
    pinnedNearby: populated(doc.pinnedNearby).flatMap((venue) => slugOf(venue) ?? []),
    guides: populated(doc.guides).flatMap((guide) => slugOf(guide) ?? []),
    factChecks: (doc.factChecks ?? []).map((check) => ({
      group: check.group,
      verifiedAt: check.verifiedAt,
      source: withoutEmpty(check.source),
    })),
    updatedAt: withoutEmpty(doc.updatedAt),
  } satisfies Unchecked<VenueInput>;
}

export function neighborhoodFromCms(doc: NeighborhoodDoc) {
  return {
    name: localized(doc.name),
    slug: localized(doc.slug),
    kind: doc.kind,
    parent: slugOf(doc.parent),
    summary: localized(doc.summary),
    centre: withoutEmpty(doc.centre),
    boundary: withoutEmpty(doc.boundary),
  } satisfies Unchecked<NeighborhoodInput>;
}

export function guideFromCms(doc: GuideDoc) {
  return {
    title: localized(doc.title),
    slug: localized(doc.slug),
    status: doc._status ?? 'published',
    topic: doc.topic,
    summary: localized(doc.summary),
    body: richTextFromCms(doc.body),
    updatedAt: withoutEmpty(doc.updatedAt),
  } satisfies Unchecked<GuideInput>;
}

/**
 * A walk document (depth ≥ 2 for its stops' venues). A stop whose venue did not come populated (one
 * visitors cannot see) is left out, as pinned places are.
 */
export function walkFromCms(doc: WalkDoc) {
  return {
    title: localized(doc.title),
    slug: localized(doc.slug),
    status: doc._status ?? 'published',
    teaser: localized(doc.teaser),
    introduction: richTextFromCms(doc.introduction),
    neighborhood: slugOf(doc.neighborhood),
    heroImage: mediaFromCms(doc.heroImage),
    stops: (doc.stops ?? []).flatMap((stop) => {
      const venue = slugOf(stop.venue);
      if (venue === undefined) return [];
      return [
        {
          venue,
          lookFor: localized(stop.lookFor),
          minutes: withoutEmpty(stop.minutes),
          wayHere: localized(stop.wayHere),
        },
      ];
    }),
    reorderable: doc.reorderable ?? false,
    verifiedAt: withoutEmpty(doc.verifiedAt),
    sources: withoutEmpty(doc.sources) ?? [],
    updatedAt: withoutEmpty(doc.updatedAt),
  } satisfies Unchecked<WalkInput>;
}

/** The venues of a walk's stops, as they came populated. */
export const stopVenuesOf = (doc: WalkDoc): VenueDoc[] =>
  populated((doc.stops ?? []).map((stop) => stop.venue));

/** The SEO plugin's fields, when an editor wrote them. */
export function seoFromCms(doc: Pick<VenueDoc | NeighborhoodDoc | GuideDoc | WalkDoc, 'meta'>) {
  const meta = doc.meta;
  const image = mediaFromCms(meta?.image?.es);
  const title = localized(meta?.title);
  const description = localized(meta?.description);
  return {
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    ...(image?.url ? { image } : {}),
  };
}
