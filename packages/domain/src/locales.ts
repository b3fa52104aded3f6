/**
 * Paseo's languages, and choosing among them. This module imports nothing, so a browser can use it
 * without any schema library (`@paseo/domain/locales`).
 */

/** The languages Paseo publishes in. Spanish is the default and the fallback. */
export const locales = ['es', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'es';

/** Picks a value (a text, a slug, a rich-text body) for a locale; English falls back to Spanish. */
export function localize<T>(value: { es: T; en?: T | null }, locale: Locale): T {
  return (locale === 'en' ? value.en : undefined) ?? value.es;
}

/** A locale from anything (a route parameter, a request's locale), Spanish when it names none of ours. */
export function localeOrDefault(value: unknown): Locale {
  return locales.find((locale) => locale === value) ?? defaultLocale;
}
