import { localeOrDefault } from '@paseo/domain';
import type { CollectionSlug, FlattenedField, PayloadRequest, SanitizedCollectionConfig } from 'payload';

/**
 * What the config says about references between entries: every relationship and upload field,
 * wherever it sits (groups, tabs, arrays) and whoever added it (the collections, the SEO plugin, the
 * redirects plugin). The integrity hooks read it from the running config, so a new reference field
 * is covered without being listed anywhere.
 */
export type ReferenceField = {
  /** The field's path as a query names it: `heroImage`, `meta.image`, `tips.place`. */
  path: string;
  relationTo: string[];
  localized: boolean;
  polymorphic: boolean;
  required: boolean;
};

type Doc = Record<string, unknown>;
const isObject = (value: unknown): value is Doc =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isReference = (field: FlattenedField) => field.type === 'relationship' || field.type === 'upload';

const subFields = (field: FlattenedField): FlattenedField[] | undefined =>
  field.type === 'group' || field.type === 'tab' || field.type === 'array'
    ? field.flattenedFields
    : undefined;

export function referenceFields(fields: readonly FlattenedField[], prefix = '', inLocalized = false) {
  const found: ReferenceField[] = [];
  for (const field of fields) {
    const path = `${prefix}${field.name}`;
    const localized = inLocalized || Boolean('localized' in field && field.localized);
    if (isReference(field) && 'relationTo' in field) {
      const polymorphic = Array.isArray(field.relationTo);
      found.push({
        path,
        relationTo: [field.relationTo].flat(),
        localized,
        polymorphic,
        required: Boolean(field.required),
      });
    }
    const children = subFields(field);
    if (children) found.push(...referenceFields(children, `${path}.`, localized));
  }
  return found;
}

/** The field a query path names, if the path stays within this collection's own fields. */
export function fieldAtPath(fields: readonly FlattenedField[], path: string): FlattenedField | undefined {
  const [head, ...rest] = path.split('.');
  const field = fields.find((candidate) => candidate.name === head);
  if (!field || rest.length === 0) return field;
  const children = subFields(field);
  return children ? fieldAtPath(children, rest.join('.')) : undefined;
}

/** An id as the database stores it, or undefined for a value that cannot be one (`abc`, `1.5`). */
export function asId(value: unknown, idType: 'number' | 'text'): number | string | undefined {
  if (idType === 'text') return typeof value === 'string' && value !== '' ? value : undefined;
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? value : undefined;
  if (typeof value === 'string' && /^[0-9]{1,15}$/.test(value)) return Number(value);
  return undefined;
}

export const idTypeOf = (req: PayloadRequest): 'number' | 'text' =>
  req.payload.db.defaultIDType === 'number' ? 'number' : 'text';

/** One reference held by a document being saved: where it sits and what it points at. */
export type HeldReference = { path: string; collection: string; value: unknown; required: boolean };

/** Every reference in the data of a save, with its path in the form Payload names fields in errors. */
export function heldReferences(
  fields: readonly FlattenedField[],
  data: unknown,
  prefix = '',
): HeldReference[] {
  if (!isObject(data)) return [];
  const held: HeldReference[] = [];
  for (const field of fields) {
    const value = data[field.name];
    if (value === undefined || value === null) continue;
    const path = `${prefix}${field.name}`;
    if (isReference(field) && 'relationTo' in field) {
      const required = Boolean(field.required);
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item === null || item === undefined) continue;
        if (Array.isArray(field.relationTo)) {
          if (isObject(item) && typeof item.relationTo === 'string') {
            held.push({
              path,
              collection: item.relationTo,
              value: isObject(item.value) ? item.value.id : item.value,
              required,
            });
          }
        } else {
          held.push({ path, collection: field.relationTo, value: isObject(item) ? item.id : item, required });
        }
      }
    } else if (field.type === 'array' && Array.isArray(value)) {
      value.forEach((row, index) => {
        held.push(...heldReferences(field.flattenedFields, row, `${path}.${index}.`));
      });
    } else if (field.type === 'group' || field.type === 'tab') {
      held.push(...heldReferences(field.flattenedFields, value, `${path}.`));
    }
  }
  return held;
}

/** The entry's title as editors see it in the admin, in the request's language. */
export function titleOf(collection: SanitizedCollectionConfig, doc: Doc): string {
  const field = collection.admin?.useAsTitle ?? 'id';
  const value = doc[field];
  if (typeof value === 'string' && value.trim()) return value;
  if (isObject(value)) {
    const text = Object.values(value).find((item) => typeof item === 'string' && item.trim());
    if (typeof text === 'string') return text;
  }
  return `#${String(doc.id)}`;
}

export const collectionConfig = (req: PayloadRequest, slug: string): SanitizedCollectionConfig | undefined =>
  req.payload.collections[slug as CollectionSlug]?.config;

const shownNames = 10;

/**
 * The published entries that use any of these entries, as "venues «A», «B»; guides «C»" per
 * collection, leaving out the entries themselves (entries deleted together may use each other).
 * With `requiredOnly`, only uses the site cannot do without count (a venue's neighborhood).
 */
export async function publishedUsersOf(
  req: PayloadRequest,
  slug: string,
  ids: readonly (number | string)[],
  { requiredOnly = false } = {},
): Promise<string[]> {
  const excluded = new Set(ids.map(String));
  const users: string[] = [];
  const locales = req.payload.config.localization ? req.payload.config.localization.localeCodes : [undefined];
  for (const other of req.payload.config.collections) {
    if (!other.versions?.drafts) continue;
    const paths = referenceFields(other.flattenedFields)
      .filter(
        (field) => !field.polymorphic && field.relationTo.includes(slug) && (field.required || !requiredOnly),
      )
      .map((field) => field.path);
    if (paths.length === 0) continue;
    const names = new Map<string, string>();
    // A localized reference (the SEO image) may differ per language: every language is asked.
    for (const locale of locales) {
      const { docs } = await req.payload.find({
        collection: other.slug as CollectionSlug,
        where: {
          and: [{ _status: { equals: 'published' } }, { or: paths.map((path) => ({ [path]: { in: ids } })) }],
        },
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
        draft: false,
        locale: locale === undefined ? undefined : localeOrDefault(locale),
        req,
      });
      for (const doc of docs) {
        if (other.slug === slug && excluded.has(String(doc.id))) continue;
        if (!names.has(String(doc.id))) names.set(String(doc.id), titleOf(other, doc as unknown as Doc));
      }
    }
    if (names.size > 0) {
      const plural = other.labels?.plural;
      const label = typeof plural === 'string' ? plural.toLowerCase() : other.slug;
      const listed = [...names.values()].slice(0, shownNames).map((name) => `«${name}»`);
      const more = names.size > shownNames ? ` and ${names.size - shownNames} more` : '';
      users.push(`${label} ${listed.join(', ')}${more}`);
    }
  }
  return users;
}
