import { z } from 'zod';
import { type LocalizedTextRequired, lineText } from './locale.js';

/**
 * The closed list of venue categories, each with its labels and its most specific schema.org type.
 * Adding a category is a change to this list, so every part of Paseo learns of it at once.
 */
export const categories = {
  museum: { label: { es: 'Museo', en: 'Museum' }, schemaType: 'Museum' },
  theatre: { label: { es: 'Teatro', en: 'Theatre' }, schemaType: 'PerformingArtsTheater' },
  cinema: { label: { es: 'Cine', en: 'Cinema' }, schemaType: 'MovieTheater' },
  market: { label: { es: 'Mercado', en: 'Market' }, schemaType: 'LocalBusiness' },
  shopping: { label: { es: 'Compras', en: 'Shopping' }, schemaType: 'ShoppingCenter' },
  'cultural-centre': {
    label: { es: 'Centro cultural', en: 'Cultural centre' },
    schemaType: 'CivicStructure',
  },
  gallery: { label: { es: 'Galería', en: 'Gallery' }, schemaType: 'ArtGallery' },
  park: { label: { es: 'Parque', en: 'Park' }, schemaType: 'Park' },
  church: { label: { es: 'Iglesia', en: 'Church' }, schemaType: 'Church' },
  'neighborhood-walk': {
    label: { es: 'Paseo de barrio', en: 'Neighborhood walk' },
    schemaType: 'Place',
  },
  restaurant: { label: { es: 'Restaurante', en: 'Restaurant' }, schemaType: 'Restaurant' },
  cafe: { label: { es: 'Café', en: 'Café' }, schemaType: 'CafeOrCoffeeShop' },
} as const satisfies Record<string, { label: LocalizedTextRequired; schemaType: string }>;

export type CategoryKey = keyof typeof categories;
export const categoryKeys = Object.keys(categories) as [CategoryKey, ...CategoryKey[]];
export const categoryKeySchema = z.enum(categoryKeys, {
  error: `Category must be one of: ${categoryKeys.join(', ')}`,
});

/** A category as the CMS keeps it: one of the closed keys, with its labels. */
export const categorySchema = z.object({
  key: categoryKeySchema,
  label: z.object({ es: lineText, en: lineText }),
});
export type Category = z.infer<typeof categorySchema>;

export function categoryOf(key: CategoryKey): Category {
  return { key, label: { ...categories[key].label } };
}
