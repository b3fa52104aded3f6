import { z } from 'zod';

/** The languages Paseo publishes in. Spanish is the default and the fallback. */
export const locales = ['es', 'en'] as const;
export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;
export const defaultLocale: Locale = 'es';

const text = z.string().trim().min(1, 'Must not be empty');

/**
 * Text a visitor reads. Spanish is required; English falls back to Spanish until it is written.
 */
export const localizedText = z.object({
  es: text,
  en: text.optional(),
});
export type LocalizedText = z.infer<typeof localizedText>;

/** Text that must exist in every language before it can be published (alt text, for one). */
export const localizedTextRequired = z.object({
  es: text,
  en: text,
});
export type LocalizedTextRequired = z.infer<typeof localizedTextRequired>;

/** Picks the text for a locale, falling back to Spanish. */
export function localize(value: LocalizedText, locale: Locale): string {
  return (locale === 'en' ? value.en : undefined) ?? value.es;
}
