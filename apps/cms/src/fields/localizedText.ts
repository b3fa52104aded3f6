import { paragraphText } from '@paseo/domain';
import type { TextareaField, TextField } from 'payload';
import type { ZodString } from 'zod';
import type { Bilingual } from '../lib/adminLabels';
import { validateWith } from '../lib/validateWith';

type Options = {
  name: string;
  label: string | Bilingual;
  /** Spanish is the default language: a published entry needs it. English may follow later. */
  requiredInSpanish?: boolean;
  multiline?: boolean;
  /** The domain's rule for the text in one language; by default a paragraph (names pass `lineText`). */
  schema?: ZodString;
  description?: string | Bilingual;
};

/** Text a visitor reads, in Spanish and English; English falls back to Spanish until written. */
export function localizedTextField({
  name,
  label,
  requiredInSpanish = false,
  multiline = false,
  schema = paragraphText,
  description,
}: Options): TextField | TextareaField {
  const validateText = validateWith(schema, { optional: true });
  const validate = (value: unknown, options: { req: { locale?: string | null }; type?: string }) => {
    if (
      requiredInSpanish &&
      (options.req.locale ?? 'es') === 'es' &&
      !(typeof value === 'string' && value.trim())
    ) {
      return 'Required in Spanish';
    }
    return validateText(value, options);
  };
  const base = {
    name,
    label,
    localized: true,
    ...(schema.maxLength !== null ? { maxLength: schema.maxLength } : {}),
    admin: description ? { description } : {},
    validate,
  };
  return multiline ? { ...base, type: 'textarea' } : { ...base, type: 'text' };
}
