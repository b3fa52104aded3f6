import { match } from '@formatjs/intl-localematcher';
import {
  type CategoryKey,
  categories,
  categoryKeys,
  defaultLocale,
  homePath,
  type Locale,
  type LocalizedSlug,
  listPagePath,
  listPageWords,
  localeOrDefault,
  localeSchema,
  locales,
  localize,
  pagePath,
  type Section,
  sections,
  slugify,
} from '@paseo/domain';
import Negotiator from 'negotiator';
import { env } from '@/env';

/** The canonical origin of the public site. */
export function siteUrl(): string {
  return env().SITE_URL;
}

export function absoluteUrl(path: string): string {
  return /^https?:\/\//.test(path) ? path : `${siteUrl()}${path.startsWith('/') ? '' : '/'}${path}`;
}

export function isLocale(value: string): value is Locale {
  return localeSchema.safeParse(value).success;
}

export const otherLocale = (locale: Locale): Locale => (locale === 'es' ? 'en' : 'es');

/** An entry's page in a language, under its slug there (English falls back to Spanish). */
export function entryPath(section: Section, locale: Locale, slug: LocalizedSlug): string {
  return pagePath(section, locale, localize(slug, locale));
}

/** The address of every language version of an entry's page. */
export function entryAlternates(section: Section, slug: LocalizedSlug): Record<Locale, string> {
  return { es: entryPath(section, 'es', slug), en: entryPath(section, 'en', slug) };
}

/** Category pages are addressed by their label in each language: /es/categorias/museo. */
export function categorySlug(key: CategoryKey, locale: Locale): string {
  return slugify(categories[key].label[locale]);
}

export function categoryFromSlug(slug: string, locale: Locale): CategoryKey | undefined {
  return categoryKeys.find((key) => categorySlug(key, locale) === slug);
}

export function categoryPath(key: CategoryKey, locale: Locale): string {
  return pagePath('category', locale, categorySlug(key, locale));
}

export function categoryAlternates(key: CategoryKey): Record<Locale, string> {
  return { es: categoryPath(key, 'es'), en: categoryPath(key, 'en') };
}

/** Which section a path segment names in a language, e.g. "lugares" → venue for Spanish. */
export function sectionFromSegment(segment: string, locale: Locale): Section | undefined {
  return (Object.keys(sections) as Section[]).find((section) => sections[section][locale] === segment);
}

export function sectionAlternates(section: Section): Record<Locale, string> {
  return { es: pagePath(section, 'es'), en: pagePath(section, 'en') };
}

/**
 * The page number an address names after a list (`/es/lugares/pagina/2`): 1 without the word,
 * undefined when the word is another language's or the number is not a page's.
 */
export function listPageFrom(locale: Locale, word?: string, value?: string): number | undefined {
  if (word === undefined) return 1;
  if (word !== listPageWords[locale] || !/^[1-9][0-9]{0,5}$/.test(value ?? '')) return undefined;
  return Number(value);
}

/** The language versions of a list's page `page`. */
export function listPageAlternates(alternates: Record<Locale, string>, page: number): Record<Locale, string> {
  return { es: listPagePath(alternates.es, 'es', page), en: listPagePath(alternates.en, 'en', page) };
}

export function homeAlternates(): Record<Locale, string> {
  return { es: homePath('es'), en: homePath('en') };
}

/** The language a browser prefers among ours, from its Accept-Language header; Spanish otherwise. */
export function preferredLocale(acceptLanguage: string | null | undefined): Locale {
  const asked = new Negotiator({ headers: { 'accept-language': acceptLanguage ?? '' } })
    .languages()
    // `*` and malformed tags name no language; the matcher would refuse them.
    .filter((tag) => {
      try {
        return Intl.getCanonicalLocales(tag).length > 0;
      } catch {
        return false;
      }
    });
  return localeOrDefault(match(asked, locales, defaultLocale));
}
