import { sitePathSchema } from '@paseo/domain';
import type { Field } from 'payload';
import { validateWith } from '../lib/validateWith';

const validateSitePath = validateWith(sitePathSchema);

/** A text field of the redirects plugin that must hold a path on this site. */
function asSitePath(field: Field): Field {
  return field.type === 'text'
    ? { ...field, validate: validateSitePath, admin: { ...field.admin, placeholder: '/es/lugares/…' } }
    : field;
}

/**
 * The redirects plugin's fields, with both ends held to paths on this site: a redirect can never
 * send a visitor to `//evil.example`, `/\evil.example` or `https://evil.example`.
 */
export function sitePathRedirectFields({ defaultFields }: { defaultFields: Field[] }): Field[] {
  return defaultFields.map((field) => {
    if (field.type === 'text' && field.name === 'from') return asSitePath(field);
    if (field.type === 'group' && 'name' in field && field.name === 'to') {
      return {
        ...field,
        fields: field.fields.map((inner) =>
          'name' in inner && inner.name === 'url' ? asSitePath(inner) : inner,
        ),
      };
    }
    return field;
  });
}
