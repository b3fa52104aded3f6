import { z } from 'zod';

/** Unset and empty mean the same: a deploy file often writes `NAME=` for "not used". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** An http(s) origin, kept without a trailing slash so paths can be appended as they are. */
const origin = z
  .url({ protocol: /^https?$/, error: 'Must be an http(s) URL' })
  .transform((url) => url.replace(/\/$/, ''));

const siteEnvSchema = z.object({
  /** Where this server reaches the CMS. */
  CMS_URL: optional(origin).transform((url) => url ?? 'http://localhost:3001'),
  /** The CMS's address as editors' browsers see it, when it differs from CMS_URL. */
  CMS_PUBLIC_URL: optional(origin),
  /** The site's canonical origin, written into links, sitemaps and structured data. */
  SITE_URL: optional(origin).transform((url) => url ?? 'http://localhost:3000'),
  /** Shared with the CMS: it signs publish notices and the site's calls to file reports. */
  REVALIDATE_SECRET: optional(z.string()),
  /** Shared with the CMS: it signs editors' preview links. */
  PREVIEW_SECRET: optional(z.string()),
  /** A CMS user's API key, for reading drafts while an editor previews. */
  CMS_API_KEY: optional(z.string()),
});
export type SiteEnv = z.infer<typeof siteEnvSchema>;

let parsed: SiteEnv | undefined;

/**
 * The site's settings, read from the environment on first use and checked: a wrong value fails
 * with the variable's name instead of a page failing later. (REDIS_URL and HTTP_CACHE_URLS are read
 * where the server is configured, next.config.ts and cacheHandler.mjs.)
 */
export function env(): SiteEnv {
  if (parsed) return parsed;
  const result = siteEnvSchema.safeParse(process.env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`The site's environment is not valid:\n  ${problems.join('\n  ')}`);
  }
  parsed = result.data;
  return parsed;
}
