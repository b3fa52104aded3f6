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
