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

export const otherLocale = (locale: Locale): Locale => locales.find((l) => l !== locale) ?? defaultLocale;

/** A value for each language: the addresses of a page's language versions, say. */
export function perLocale<T>(valueIn: (locale: Locale) => T): Record<Locale, T> {
  return Object.fromEntries(locales.map((locale) => [locale, valueIn(locale)])) as Record<Locale, T>;
}

/** An entry's page in a language, under its slug there (English falls back to Spanish). */
export function entryPath(section: Section, locale: Locale, slug: LocalizedSlug): string {
  return pagePath(section, locale, localize(slug, locale));
}

/** The address of every language version of an entry's page. */
export function entryAlternates(section: Section, slug: LocalizedSlug): Record<Locale, string> {
  return perLocale((locale) => entryPath(section, locale, slug));
}

/** A walk's route as GPX, beside its page: `/es/paseos/dos-casas-y-un-mercado/gpx`. */
export function walkGpxPath(locale: Locale, slug: LocalizedSlug): string {
  return `${entryPath('walk', locale, slug)}/gpx`;
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
  return perLocale((locale) => categoryPath(key, locale));
}

/**
 * The route that serves a public address. Routes are named in English (`app/[locale]/places/…`);
 * a Spanish address has its section and its word for a page put in English
 * (`/es/lugares/pagina/2` → `/es/places/page/2`). An address that uses the other language's words
 * names nothing: undefined.
 */
export function routePath(pathname: string): string | undefined {
  const [, locale, segment, ...rest] = pathname.split('/');
  if (!isLocale(locale ?? '') || segment === undefined) return pathname;
  const own = locale as Locale;
  const other = otherLocale(own);
  const section = sectionFromSegment(segment, own);
  if (!section) {
    // `/es/places`: an English section under a Spanish address. Words both languages share pass.
    return sectionFromSegment(segment, other) ? undefined : pathname;
  }
  // The word before a page number is the last but one segment of a list's later page.
  const wordAt = rest.length === 2 || rest.length === 3 ? rest.length - 2 : -1;
  const words = rest.map((word, index) => {
    if (index !== wordAt) return word;
    if (word === listPageWords[own]) return listPageWords.en;
    return word === listPageWords[other] ? undefined : word;
  });
  if (words.includes(undefined)) return undefined;
  return ['', own, sections[section].en, ...words].join('/');
}

/** Which section a path segment names in a language, e.g. "lugares" → venue for Spanish. */
export function sectionFromSegment(segment: string, locale: Locale): Section | undefined {
  return (Object.keys(sections) as Section[]).find((section) => sections[section][locale] === segment);
}

export function sectionAlternates(section: Section): Record<Locale, string> {
  return perLocale((locale) => pagePath(section, locale));
}

/**
 * The page number of a list's address: 1 without one, undefined for anything that is not a page's
 * number (the route answers 404).
 */
export function listPageNumber(value: string | undefined): number | undefined {
  if (value === undefined) return 1;
  return /^[1-9][0-9]{0,5}$/.test(value) ? Number(value) : undefined;
}

/** The language versions of a list's page `page`. */
export function listPageAlternates(alternates: Record<Locale, string>, page: number): Record<Locale, string> {
  return perLocale((locale) => listPagePath(alternates[locale], locale, page));
}

export function homeAlternates(): Record<Locale, string> {
  return perLocale(homePath);
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
  // Lookup: a language we do not publish in falls to Spanish, not to whichever of ours is nearest.
  return localeOrDefault(match(asked, locales, defaultLocale, { algorithm: 'lookup' }));
}
