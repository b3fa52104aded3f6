import type { TextareaField, TextField } from 'payload';

type Options = {
  name: string;
  label: string;
  /** Spanish is the default language: a published entry needs it. English may follow later. */
  requiredInSpanish?: boolean;
  multiline?: boolean;
  maxLength?: number;
  description?: string;
};

/** Text a visitor reads, in Spanish and English; English falls back to Spanish until written. */
export function localizedTextField({
  name,
  label,
  requiredInSpanish = false,
  multiline = false,
  maxLength,
  description,
}: Options): TextField | TextareaField {
  const validate = (value: unknown, { req }: { req: { locale?: string | null } }): true | string => {
    if (typeof value === 'string' && maxLength !== undefined && value.length > maxLength) {
      return `Must be at most ${maxLength} characters`;
    }
    if (requiredInSpanish && (req.locale ?? 'es') === 'es' && !(typeof value === 'string' && value.trim())) {
      return 'Required in Spanish';
    }
    return true;
  };
  const base = {
    name,
    label,
    localized: true,
    ...(maxLength ? { maxLength } : {}),
    admin: description ? { description } : {},
    validate,
  };
  return multiline ? { ...base, type: 'textarea' } : { ...base, type: 'text' };
}
