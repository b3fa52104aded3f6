/**
 * The CMS's wire format, for whoever reads its REST API: the types Payload generates from the
 * CMS's config (`payloadTypes.ts`), and the shape of an answer read with `locale=all`, where each
 * localized field comes as one value per language and populated relationships likewise.
 */
import type { RichText } from '../richText.js';
import type {
  Category,
  Guide,
  LocalizedFields,
  Media,
  Neighborhood,
  Redirect,
  Venue,
  Walk,
} from './payloadTypes.js';

export type * from './payloadTypes.js';

/** One value per language, as `locale=all` gives a localized field. */
export type ByLocale<T> = { es?: T | null; en?: T | null };

/** The rest of each dotted path that starts with `Key`. */
type Below<Path extends string, Key> = Path extends `${Key & string}.${infer Rest}` ? Rest : never;

type Document = Venue | Neighborhood | Guide | Walk | Category | Media;
type Populated<T> = T extends Venue
  ? VenueDoc
  : T extends Neighborhood
    ? NeighborhoodDoc
    : T extends Guide
      ? GuideDoc
      : T extends Walk
        ? WalkDoc
        : T extends Category
          ? CategoryDoc
          : MediaDoc;

/** A field's value as `locale=all` reads it: a populated relationship is read the same way. */
type Read<T, Localized extends string> = T extends Document ? Populated<T> : AllLocales<T, Localized>;

/** `T` as `locale=all` reads it, where `Localized` are the dotted paths of its localized fields. */
export type AllLocales<T, Localized extends string> = T extends readonly (infer Row)[]
  ? Read<Row, Localized>[]
  : T extends object
    ? { [K in keyof T]: K extends Localized ? ByLocale<NonNullable<T[K]>> : Read<T[K], Below<Localized, K>> }
    : T;

export interface VenueDoc extends AllLocales<Venue, LocalizedFields['venues']> {}
export interface NeighborhoodDoc extends AllLocales<Neighborhood, LocalizedFields['neighborhoods']> {}
export interface GuideDoc extends AllLocales<Guide, LocalizedFields['guides']> {}
export interface WalkDoc extends AllLocales<Walk, LocalizedFields['walks']> {}
export interface CategoryDoc extends AllLocales<Category, LocalizedFields['categories']> {}
export type MediaDoc = Media;
export type RedirectDoc = Redirect;

/** A page of a collection, as the REST API lists it. */
export type ListAnswer<T> = { docs: T[]; totalDocs: number; totalPages: number; page: number };

/** An entry of `/api/venues/published-slugs`: a published venue's slugs and last change. */
export type PublishedSlug = Pick<VenueDoc, 'slug' | 'updatedAt'>;

/**
 * The editor state the CMS keeps for rich text, from the domain's portable form: Lexical's
 * required properties get their defaults where the portable form leaves them out.
 */
export function lexicalState(richText: RichText): Venue['description'] {
  const { root } = richText;
  return {
    root: {
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      ...root,
      children: root.children.map((child) => ({ version: 1, ...child })),
    },
  };
}
export * from './fromCms.js';
export * from './venueImport.js';
