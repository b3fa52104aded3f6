import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { flagSetting, optionalSetting, originSetting, readSettings } from '@paseo/server/environment';
import { z } from 'zod';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const cmsEnvSchema = z.object({
  /** The public site, which the CMS tells of every publish; unset, it tells no site. */
  WEB_URL: optionalSetting(originSetting),
  /** This CMS's own public address, when it is not http://localhost:CMS_PORT. */
  CMS_URL: optionalSetting(originSetting),
  CMS_PORT: optionalSetting(z.coerce.number().int().min(1).max(65_535)).transform((port) => port ?? 3001),
  /** The site's canonical origin, when browsers reach it elsewhere than WEB_URL. */
  SITE_URL: optionalSetting(originSetting),
  DATABASE_URL: optionalSetting(z.string()),
  /** Where local data lives (the embedded database, uploads, mail): default `.data` in the repository. */
  PASEO_DATA_DIR: optionalSetting(z.string()).transform((dir) =>
    path.resolve(dir ?? path.join(repoRoot, '.data')),
  ),
  /** Where uploads go without object storage: default `media` in the data folder. */
  PASEO_MEDIA_DIR: optionalSetting(z.string()),
  /** Read-only copies of the database, comma-separated (docs/deploy.md). */
  DATABASE_REPLICA_URLS: optionalSetting(z.string()).transform((list) =>
    (list ?? '')
      .split(',')
      .map((url) => url.trim())
      .filter(Boolean),
  ),
  /** Lets Payload change the schema without migrations: only for a development database of its own. */
  PASEO_DB_PUSH: flagSetting,
  /** Runs the job queue (scheduled publishing) in this process. */
  PASEO_RUN_JOBS: flagSetting,
  /** Shared with the site: signs publish notices and the visitor address the site forwards. */
  REVALIDATE_SECRET: optionalSetting(z.string()),
  /** Shared with the site: signs preview links. */
  PREVIEW_SECRET: optionalSetting(z.string()),
  /** The sender of Payload's mail, `Name <address>` or an address. */
  EMAIL_FROM: optionalSetting(z.string()),
  SMTP_URL: optionalSetting(z.string()),
  SMTP_HOST: optionalSetting(z.string()),
  SMTP_PORT: optionalSetting(z.coerce.number().int().min(1).max(65_535)).transform((port) => port ?? 587),
  SMTP_USER: optionalSetting(z.string()),
  SMTP_PASS: optionalSetting(z.string()),
  /** After how many days a venue's facts count as due for checking again (the admin's dashboard). */
  PASEO_VERIFY_AFTER_DAYS: optionalSetting(z.coerce.number().int().min(1).max(3650)).transform(
    (days) => days ?? 365,
  ),
});
export type CmsEnv = z.infer<typeof cmsEnvSchema>;

/** The public site's address for previews and trusted origins: WEB_URL, or the local site. */
export function siteAddress(settings: CmsEnv = env()): string {
  return settings.WEB_URL ?? 'http://localhost:3000';
}

/** Where uploads are kept when no bucket is configured. */
export function mediaDir(settings: CmsEnv = env()): string {
  return path.resolve(settings.PASEO_MEDIA_DIR ?? path.join(settings.PASEO_DATA_DIR, 'media'));
}

/**
 * The CMS's settings, checked. Read afresh at each call: the start and migration scripts set some
 * of them (DATABASE_URL) before they open Payload. The object storage's and the secret's settings
 * are read where they are used (lib/objectStorage.ts, lib/secret.ts), which take an environment
 * for their tests.
 */
export function env(): CmsEnv {
  return readSettings('CMS', cmsEnvSchema, process.env);
}
