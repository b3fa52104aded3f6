import { z } from 'zod';

/** Removes accents and other combining marks: "León" → "Leon". */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** A URL-safe identifier: lower case, accents folded, words joined by single hyphens. */
export function slugify(text: string): string {
  return foldAccents(text.toLowerCase())
    .replace(/&/g, ' ')
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export const slugSchema = z
  .string()
  .min(1, 'Must not be empty')
  .max(120, 'Must be at most 120 characters')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens');

/** A slug per language; the English one falls back to the Spanish one. */
export const localizedSlug = z.object({
  es: slugSchema,
  en: slugSchema.optional(),
});
export type LocalizedSlug = z.infer<typeof localizedSlug>;
