import { optionalSetting, originSetting, readSettings } from '@paseo/server/environment';
import { z } from 'zod';

const siteEnvSchema = z.object({
  /** Where this server reaches the CMS. */
  CMS_URL: optionalSetting(originSetting).transform((url) => url ?? 'http://localhost:3001'),
  /** The CMS's address as editors' browsers see it, when it differs from CMS_URL. */
  CMS_PUBLIC_URL: optionalSetting(originSetting),
  /** The site's canonical origin, written into links, sitemaps and structured data. */
  SITE_URL: optionalSetting(originSetting).transform((url) => url ?? 'http://localhost:3000'),
  /** Shared with the CMS: it signs publish notices and the site's calls to file reports. */
  REVALIDATE_SECRET: optionalSetting(z.string()),
  /** Shared with the CMS: it signs editors' preview links. */
  PREVIEW_SECRET: optionalSetting(z.string()),
  /** A CMS user's API key, for reading drafts while an editor previews. */
  CMS_API_KEY: optionalSetting(z.string()),
});
export type SiteEnv = z.infer<typeof siteEnvSchema>;

let parsed: SiteEnv | undefined;

/**
 * The site's settings, read from the environment on first use and checked (`src/instrumentation.ts`
 * reads them at start). REDIS_URL and HTTP_CACHE_URLS are read where the server is configured,
 * next.config.ts and cacheHandler.mjs.
 */
export function env(): SiteEnv {
  parsed ??= readSettings('site', siteEnvSchema, process.env);
  return parsed;
}
