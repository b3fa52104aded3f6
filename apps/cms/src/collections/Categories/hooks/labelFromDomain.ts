import { categories, categoryKeySchema, localeOrDefault } from '@paseo/domain';
import type { CollectionBeforeChangeHook } from 'payload';

/**
 * A category's label is the domain's, in the language being saved: the admin shows it in its
 * lists and pickers, and nobody can word it differently here than on the site.
 */
export const labelFromDomain: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const key = categoryKeySchema.safeParse(data.key ?? originalDoc?.key);
  if (!key.success) return data;
  return { ...data, label: categories[key.data].label[localeOrDefault(req.locale)] };
};
