import { slugFromName, slugify, slugSchema } from '@paseo/domain';
import type { TextField } from 'payload';
import { validateWith } from '../lib/validateWith';

const validateSlug = validateWith(slugSchema);

/**
 * A URL slug per language, generated from `source` when left empty, unique within its language,
 * and editable. Changing it leaves a redirect (see the collection's `recordSlugRedirects` hook).
 * Spanish needs one (English falls back to it); whatever is typed must already be, or be turned
 * into, a slug the domain accepts.
 */
export function slugField(source = 'name'): TextField {
  return {
    name: 'slug',
    type: 'text',
    localized: true,
    unique: true,
    index: true,
    maxLength: slugSchema.maxLength ?? undefined,
    admin: {
      position: 'sidebar',
      description: {
        en: `Part of the page's address. Left empty, it is made from the ${source}.`,
        es: `Parte de la dirección de la página. Si se deja vacío, se hace con el ${source === 'title' ? 'título' : 'nombre'}.`,
      },
    },
    hooks: {
      beforeValidate: [
        ({ value, siblingData }) => {
          if (typeof value === 'string' && value.trim()) {
            // Text with nothing a slug can keep ("../..") stays as typed, so the editor is told.
            return slugify(value) || value;
          }
          const from = siblingData?.[source];
          return typeof from === 'string' && from.trim() ? slugFromName(from) : value;
        },
      ],
    },
    validate: (value, options) => {
      const empty = value === null || value === undefined || value === '';
      if (empty) {
        return (options.req.locale ?? 'es') === 'es'
          ? `Needs a slug: write one, or a ${source} it can be made from`
          : true;
      }
      return validateSlug(value, options);
    },
  };
}
