import { slugify, slugSchema } from '@paseo/domain';
import type { TextField } from 'payload';
import { validateWith } from '../lib/validateWith';

/**
 * A URL slug per language, generated from `source` when left empty, unique within its language,
 * and editable. Changing it leaves a redirect (see the collection's `recordSlugRedirects` hook).
 */
export function slugField(source = 'name'): TextField {
  return {
    name: 'slug',
    type: 'text',
    localized: true,
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: `Part of the page's address. Left empty, it is made from the ${source}.`,
    },
    hooks: {
      beforeValidate: [
        ({ value, siblingData }) => {
          if (typeof value === 'string' && value.trim()) return slugify(value);
          const from = siblingData?.[source];
          return typeof from === 'string' && from.trim() ? slugify(from) : value;
        },
      ],
    },
    validate: validateWith(slugSchema, { optional: true }),
  };
}
