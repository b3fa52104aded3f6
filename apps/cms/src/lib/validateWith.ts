import { validations } from 'payload/shared';
import type { ZodType } from 'zod';

type Result = true | string;
type BuiltIn = (value: unknown, options: unknown) => Result | Promise<Result>;

/**
 * A Payload `validate` that asks a domain schema, so the CMS never keeps a second copy of the
 * rules. Empty values pass when the field is optional; Payload's `required` covers presence.
 *
 * A field's own `validate` replaces Payload's built-in check for its type, and with it the field's
 * `required`, `maxLength` and the config's default text limit, and the rich-text editor's own node
 * checks. So when Payload says which field it validates, its built-in check runs too.
 */
export function validateWith(schema: ZodType, { optional = false } = {}) {
  return (value: unknown, options?: { type?: string; [key: string]: unknown }): Result | Promise<Result> => {
    const empty = value === null || value === undefined || value === '';
    const own = optional && empty ? true : domainCheck(schema, value);
    if (own !== true) return own;
    const builtIn = options?.type
      ? (validations as Record<string, BuiltIn | undefined>)[options.type]
      : undefined;
    return builtIn ? builtIn(value, options) : true;
  };
}

function domainCheck(schema: ZodType, value: unknown): Result {
  // An empty field reaches the schema as an empty string, so its own message ("Author is
  // required") is shown rather than a generic one about undefined.
  const result = schema.safeParse(value ?? '');
  return result.success ? true : result.error.issues.map((issue) => issue.message).join('; ');
}
