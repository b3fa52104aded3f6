import type { ZodType } from 'zod';

/**
 * A Payload `validate` that asks a domain schema, so the CMS never keeps a second copy of the
 * rules. Empty values pass when the field is optional; Payload's `required` covers presence.
 */
export function validateWith(schema: ZodType, { optional = false } = {}) {
  return (value: unknown): true | string => {
    if (optional && (value === null || value === undefined || value === '')) return true;
    const result = schema.safeParse(value ?? undefined);
    return result.success ? true : result.error.issues.map((issue) => issue.message).join('; ');
  };
}
