import { visitMinutesRange, visitMinutesSchema } from '@paseo/domain';
import type { NumberField } from 'payload';
import type { Bilingual } from '../lib/adminLabels';
import { validateWith } from '../lib/validateWith';

/** How long a visit takes, in minutes, by the domain's rules; optional. */
export function visitMinutesField(
  name: string,
  label: string | Bilingual,
  description: string | Bilingual,
): NumberField {
  return {
    name,
    label,
    type: 'number',
    min: visitMinutesRange.min,
    max: visitMinutesRange.max,
    admin: { description },
    validate: validateWith(visitMinutesSchema, { optional: true }),
  };
}
