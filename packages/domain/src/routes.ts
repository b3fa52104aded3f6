import type { Locale } from './locale.js';

/** The public site's URL scheme, per language. Both apps and outside developers build links with it. */
export const sections = {
  venue: { es: 'lugares', en: 'places' },
  neighborhood: { es: 'barrios', en: 'neighborhoods' },
  category: { es: 'categorias', en: 'categories' },
  guide: { es: 'guias', en: 'guides' },
  walk: { es: 'paseos', en: 'walks' },
  search: { es: 'buscar', en: 'search' },
} as const satisfies Record<string, Record<Locale, string>>;
export type Section = keyof typeof sections;

/** The path of a page on the public site: `/es/lugares/museo-casa-de-leon-trotsky`. */
export function pagePath(section: Section, locale: Locale, slug?: string): string {
  const base = `/${locale}/${sections[section][locale]}`;
  return slug ? `${base}/${slug}` : base;
}

/** The word before a list's page number: `/es/lugares/pagina/2`, `/en/places/page/2`. */
export const listPageWords = { es: 'pagina', en: 'page' } as const satisfies Record<Locale, string>;

/** Page `page` (from 1) of the list at `listPath`; the first page is the list's own address. */
export function listPagePath(listPath: string, locale: Locale, page: number): string {
  return page > 1 ? `${listPath}/${listPageWords[locale]}/${page}` : listPath;
}

/** The home page of a language. */
export function homePath(locale: Locale): string {
  return `/${locale}`;
}

/**
 * Cache tags shared by the CMS (which announces changes) and the site (which caches by them):
 * one for a whole collection's listings, one per entry, keyed by its Spanish slug.
 */
export const cacheTags = {
  collection: (collection: string) => collection,
  entry: (collection: string, slug: string) => `${collection}:${slug}`,
} as const;
