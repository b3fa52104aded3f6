import { z } from 'zod';
import { locales } from './locales.js';

export * from './locales.js';

export const localeSchema = z.enum(locales);

/**
 * The longest text Paseo keeps, in characters: a line (a name, a title, a street), a paragraph
 * (a summary, a note), a URL, and the words of a rich-text body. Pages stay small whatever is typed,
 * and the CMS refuses more with the same rules.
 */
export const textLimits = { line: 200, paragraph: 2000, url: 2000, richText: 20_000 } as const;

/**
 * Control characters other than tab, line feed and carriage return: nobody types them, no page
 * shows them, and PostgreSQL cannot store NUL at all.
 */
export function hasControlCharacters(text: string): boolean {
  for (const char of text) {
    const code = char.charCodeAt(0);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}

/** Typed text: trimmed, not empty, at most `max` characters, no control characters. */
export function boundedText(
  max: number,
  { empty = 'Must not be empty', tooLong = `Must be at most ${max} characters` } = {},
) {
  return z
    .string()
    .trim()
    .min(1, empty)
    .max(max, tooLong)
    .refine((text) => !hasControlCharacters(text), 'Must not contain control characters');
}

/** One line of text in one language: a name, a title, a label. */
export const lineText = boundedText(textLimits.line);

/** A paragraph of plain text in one language: a summary, a note, a tip. */
export const paragraphText = boundedText(textLimits.paragraph);

/**
 * Text a visitor reads. Spanish is required; English falls back to Spanish until it is written.
 */
export const localizedText = z.object({
  es: paragraphText,
  en: paragraphText.optional(),
});
export type LocalizedText = z.infer<typeof localizedText>;

/** A name or title per language, one line each. */
export const localizedLine = z.object({
  es: lineText,
  en: lineText.optional(),
});

/** Text that must exist in every language before it can be published (alt text, for one). */
export const localizedTextRequired = z.object({
  es: paragraphText,
  en: paragraphText,
});
export type LocalizedTextRequired = z.infer<typeof localizedTextRequired>;
