/**
 * Turns CMS documents (REST, `locale=all`) into the domain's input shapes. Nothing is validated
 * here — the domain schemas do that next — this only renames fields, follows populated
 * relationships to the Spanish slugs the domain refers by, and drops the nulls Payload sends for
 * empty fields.
 */

type Doc = Record<string, unknown>;

const isObject = (value: unknown): value is Doc =>
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

/** A localized value `{es, en}`; a plain value (a single-locale answer) is taken as Spanish. */
export function localized(value: unknown): { es?: unknown; en?: unknown } | undefined {
  if (isObject(value) && ('es' in value || 'en' in value)) {
    const es = withoutEmpty(value.es);
    const en = withoutEmpty(value.en);
    return es === undefined && en === undefined ? undefined : { es, en };
  }
  const clean = withoutEmpty(value);
  return clean === undefined ? undefined : { es: clean };
}

const array = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The Spanish slug of a populated relationship, or undefined when only an id came back. */
export function slugOf(relation: unknown): string | undefined {
  if (!isObject(relation)) return undefined;
  const slug = localized(relation.slug);
  return typeof slug?.es === 'string' ? slug.es : undefined;
}

/** The id of a relationship, populated or not. */
export function idOf(relation: unknown): number | string | undefined {
  if (typeof relation === 'number' || typeof relation === 'string') return relation;
  if (isObject(relation) && (typeof relation.id === 'number' || typeof relation.id === 'string'))
    return relation.id;
  return undefined;
}

/** Populated documents of a has-many relationship; bare ids (unpublished or too deep) are skipped. */
export function populated(relations: unknown): Doc[] {
  return array(relations).filter(isObject);
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

export function mediaFromCms(doc: unknown): Doc | undefined {
  if (!isObject(doc)) return undefined;
  const sizes = Object.entries(isObject(doc.sizes) ? doc.sizes : {}).flatMap(([name, size]) =>
    isObject(size) && typeof size.url === 'string' && size.width && size.height
      ? [[name, { url: mediaPath(size.url), width: size.width, height: size.height }] as const]
      : [],
  );
  return {
    url: typeof doc.url === 'string' ? mediaPath(doc.url) : undefined,
    width: doc.width ?? undefined,
    height: doc.height ?? undefined,
    mimeType: doc.mimeType ?? undefined,
    alt: withoutEmpty(doc.alt),
    credit: withoutEmpty(doc.credit),
    ...(sizes.length > 0 ? { sizes: Object.fromEntries(sizes) } : {}),
  };
}

function richText(value: unknown): Doc | undefined {
  if (!isObject(value)) return undefined;
  // A localized rich-text field under locale=all is {es: state, en: state}; a single one is a state.
  if ('root' in value) return { es: value };
  const es = isObject(value.es) ? value.es : undefined;
  const en = isObject(value.en) ? value.en : undefined;
  return es || en ? { es, en } : undefined;
}

function openingHoursFromCms(value: unknown): Doc | undefined {
  if (!isObject(value) || typeof value.rule !== 'string' || value.rule.trim() === '') return undefined;
  return {
    rule: value.rule,
    timeZone: withoutEmpty(value.timeZone),
    closures: array(value.closures)
      .filter(isObject)
      .map((closure) => ({ date: closure.date, reason: localized(closure.reason) })),
    note: localized(value.note),
  };
}

function admissionFromCms(value: unknown): Doc | undefined {
  if (!isObject(value)) return undefined;
  const prices = array(value.prices)
    .filter(isObject)
    .map((price) => ({ kind: price.kind, audience: localized(price.audience), amountMXN: price.amountMXN }));
  const freeDays = array(value.freeDays)
    .filter(isObject)
    .map((day) => localized(day.text));
  const note = localized(value.note);
  if (prices.length === 0 && freeDays.length === 0 && !note) return undefined;
  return { prices, freeDays, note };
}

function accessibilityFromCms(value: unknown): Doc | undefined {
  if (!isObject(value)) return undefined;
  const { note, ...rest } = value;
  return { ...(withoutEmpty(rest) as Doc), note: localized(note) };
}

function pullQuoteFromCms(value: unknown): Doc | undefined {
  if (!isObject(value)) return undefined;
  const text = localized(value.text);
  if (!text) return undefined;
  return { text, attribution: withoutEmpty(value.attribution) };
}

/** A venue document (depth ≥ 1) in the shape `venueSchema` reads. */
export function venueFromCms(doc: unknown): unknown {
  if (!isObject(doc)) return doc;
  return {
    name: localized(doc.name),
    slug: localized(doc.slug),
    status: doc._status ?? 'published',
    category: isObject(doc.category) ? doc.category.key : undefined,
    neighborhood: slugOf(doc.neighborhood),
    teaser: localized(doc.teaser),
    pullQuote: pullQuoteFromCms(doc.pullQuote),
    description: richText(doc.description),
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
    tips: array(doc.tips)
      .filter(isObject)
      .map((tip) => ({ kind: tip.kind, text: localized(tip.text) })),
    pinnedNearby: populated(doc.pinnedNearby).flatMap((venue) => slugOf(venue) ?? []),
    guides: populated(doc.guides).flatMap((guide) => slugOf(guide) ?? []),
    factChecks: array(doc.factChecks)
      .filter(isObject)
      .map((check) => ({
        group: check.group,
        verifiedAt: check.verifiedAt,
        source: { name: check.sourceName, url: withoutEmpty(check.sourceUrl) },
      })),
    updatedAt: withoutEmpty(doc.updatedAt),
  };
}

export function neighborhoodFromCms(doc: unknown): unknown {
  if (!isObject(doc)) return doc;
  return {
    name: localized(doc.name),
    slug: localized(doc.slug),
    kind: doc.kind,
    parent: slugOf(doc.parent),
    summary: localized(doc.summary),
    centre: withoutEmpty(doc.centre),
    boundary: withoutEmpty(doc.boundary),
  };
}

export function guideFromCms(doc: unknown): unknown {
  if (!isObject(doc)) return doc;
  return {
    title: localized(doc.title),
    slug: localized(doc.slug),
    status: doc._status ?? 'published',
    topic: doc.topic,
    summary: localized(doc.summary),
    body: richText(doc.body),
    updatedAt: withoutEmpty(doc.updatedAt),
  };
}

/** The SEO plugin's fields, when an editor wrote them. */
export function seoFromCms(doc: unknown): {
  title?: { es?: unknown; en?: unknown };
  description?: { es?: unknown; en?: unknown };
  image?: Doc;
} {
  const meta = isObject(doc) && isObject(doc.meta) ? doc.meta : {};
  // The SEO plugin's image may come back per language; the Spanish one is the entry's own.
  const rawImage = isObject(meta.image) && !('url' in meta.image) ? meta.image.es : meta.image;
  const image = isObject(rawImage) && typeof rawImage.url === 'string' ? mediaFromCms(rawImage) : undefined;
  return {
    ...(localized(meta.title) ? { title: localized(meta.title) } : {}),
    ...(localized(meta.description) ? { description: localized(meta.description) } : {}),
    ...(image ? { image } : {}),
  };
}
