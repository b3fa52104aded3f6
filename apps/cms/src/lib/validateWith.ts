import type { ZodType } from 'zod';

/**
 * A Payload `validate` that asks a domain schema, so the CMS never keeps a second copy of the
 * rules. Empty values pass when the field is optional; Payload's `required` covers presence.
 */
export function validateWith(schema: ZodType, { optional = false } = {}) {
  return (value: unknown): true | string => {
    if (optional && (value === null || value === undefined || value === '')) return true;
    // An empty field reaches the schema as an empty string, so its own message ("Author is
    // required") is shown rather than a generic one about undefined.
    const result = schema.safeParse(value ?? '');
    return result.success ? true : result.error.issues.map((issue) => issue.message).join('; ');
  };
}
