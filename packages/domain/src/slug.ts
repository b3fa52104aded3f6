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

/** The longest slug, in characters. */
export const slugMaxLength = 120;

export const slugSchema = z
  .string()
  .min(1, 'Must not be empty')
  .max(slugMaxLength, `Must be at most ${slugMaxLength} characters`)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens');

/** A slug made from a name: slugified, and cut after a whole word when the name is long. */
export function slugFromName(name: string): string {
  const slug = slugify(name);
  if (slug.length <= slugMaxLength) return slug;
  const cut = slug.slice(0, slugMaxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut.slice(0, slugMaxLength)).replace(/-+$/, '');
}

/** A slug per language; the English one falls back to the Spanish one. */
export const localizedSlug = z.object({
  es: slugSchema,
  en: slugSchema.optional(),
});
export type LocalizedSlug = z.infer<typeof localizedSlug>;
