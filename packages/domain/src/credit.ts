import { z } from 'zod';
import { boundedText, type Locale, textLimits } from './locale.js';

const httpUrl = (field: string) =>
  z
    .url({ protocol: /^https?$/, error: `${field} must be an http(s) URL` })
    .max(textLimits.url, `${field} must be at most ${textLimits.url} characters`);
const line = (message: string) => boundedText(textLimits.line, { empty: message });

/**
 * The full credit of an image, in TASL order: Title, Author, Source, Licence.
 * An image without an author or a licence cannot be published.
 */
export const creditSchema = z.object({
  title: line('Title is required'),
  author: line('Author is required'),
  sourceName: line('Source name is required'),
  sourceUrl: httpUrl('Source URL'),
  licenseName: line('Licence is required'),
  licenseUrl: httpUrl('Licence URL'),
});
export type Credit = z.infer<typeof creditSchema>;

/** The human credit line, in TASL order, in the given language. */
export function creditLine(credit: Credit, locale: Locale): string {
  const { title, author, sourceName, licenseName } = credit;
  return locale === 'en'
    ? `“${title}” by ${author}, via ${sourceName}, licensed under ${licenseName}`
    : `«${title}», de ${author}, vía ${sourceName}, con licencia ${licenseName}`;
}
