import type { CollectionConfig } from 'payload';

/** Drafts, autosave, scheduled publishing and a version history, the same for every content type. */
export const publishedEntryVersions: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 1500 }, schedulePublish: true },
  maxPerDoc: 50,
};

const siteUrl = () => process.env.WEB_URL ?? 'http://localhost:3000';

/** The public page of a draft, through the site's draft mode, for preview and live preview. */
export function previewUrl(path: string | undefined): string {
  const url = new URL('/api/draft', siteUrl());
  url.searchParams.set('secret', process.env.PREVIEW_SECRET ?? '');
  url.searchParams.set('path', path ?? '/');
  return url.toString();
}
