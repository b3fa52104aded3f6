import { sourceSchema } from '@paseo/domain';
import type { RowField } from 'payload';
import { validateWith } from '../lib/validateWith';

/** Where a fact was checked: its name and, when it has one, its address, by the domain's rules. */
export function sourceFields(): RowField {
  return {
    type: 'row',
    fields: [
      {
        name: 'name',
        label: { en: 'Name', es: 'Nombre' },
        type: 'text',
        required: true,
        validate: validateWith(sourceSchema.shape.name),
      },
      {
        name: 'url',
        label: 'URL',
        type: 'text',
        validate: validateWith(sourceSchema.shape.url.unwrap(), { optional: true }),
      },
    ],
  };
}
