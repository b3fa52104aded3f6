import { z } from 'zod';

/** Unset and empty mean the same: a deploy file often writes `NAME=` for "not used". */
export const optionalSetting = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** An http(s) origin (no path, query or fragment), kept without a trailing slash. */
export const originSetting = z
  .url({ protocol: /^https?$/, error: 'Must be an http(s) URL' })
  .refine((url) => {
    // A value that is no URL at all has been named by the check above.
    if (!URL.canParse(url)) return true;
    const { pathname, search, hash } = new URL(url);
    return pathname === '/' && !search && !hash;
  }, 'Must be an origin such as https://paseo.example, without a path')
  .transform((url) => (URL.canParse(url) ? new URL(url).origin : url));

/** `1` turns something on; unset or `0` leaves it off. */
export const flagSetting = optionalSetting(z.enum(['0', '1'], { error: 'Must be 1 or 0' })).transform(
  (value) => value === '1',
);

/**
 * An app's settings read from `env` and checked; a wrong value fails naming each variable that is
 * wrong, rather than a request failing later.
 */
export function readSettings<T extends z.ZodType>(
  app: string,
  schema: T,
  env: Record<string, string | undefined>,
): z.infer<T> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  throw new Error(`The ${app}'s environment is not valid:\n  ${problems.join('\n  ')}`);
}
