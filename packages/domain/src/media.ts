import { z } from 'zod';
import { creditSchema } from './credit.js';
import { localizedTextRequired } from './locale.js';

const dimension = z.number().int().positive();

/** One rendition of an image (the original or a resized copy). */
export const imageSizeSchema = z.object({
  url: z.string().min(1, 'URL is required'),
  width: dimension,
  height: dimension,
});

/**
 * The resized copies the CMS makes of every upload, each cropped around the focal point: a
 * thumbnail, a card in a list, a venue's hero, and the picture a shared link shows.
 */
export const imageRenditions = {
  thumbnail: { width: 400, height: 300 },
  card: { width: 800, height: 500 },
  hero: { width: 1600, height: 1000 },
  og: { width: 1200, height: 630 },
} as const;

/** An image as the site shows it: where it is, how big, what it shows, and who made it. */
export const mediaSchema = z.object({
  url: z.string().min(1, 'URL is required'),
  width: dimension,
  height: dimension,
  mimeType: z
    .string()
    .regex(/^image\//, 'Must be an image')
    .optional(),
  alt: localizedTextRequired,
  credit: creditSchema,
  /** Resized renditions by name (card, hero, …), when the store made them. */
  sizes: z.record(z.string(), imageSizeSchema).optional(),
});
export type MediaInput = z.input<typeof mediaSchema>;
export type Media = z.output<typeof mediaSchema>;
