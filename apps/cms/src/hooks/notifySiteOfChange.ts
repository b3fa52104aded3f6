import { cacheTags, localeOrDefault, locales, pagePath, type Section } from '@paseo/domain';
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionSlug,
  PayloadRequest,
} from 'payload';
import { afterCommit } from '../lib/afterCommit';
import { findInLocale } from '../lib/findInLocale';
import { notifySite, type SiteChange } from '../lib/notifySite';
import { publishedStateAfter, publishedStateBefore } from '../lib/publishedState';

type Sluggable = { id: number | string; slug?: unknown; _status?: string | null };

/** Paths of the entry's page in every language, for every slug it has or had. */
async function changeFor(
  section: Section,
  collection: CollectionSlug,
  req: PayloadRequest,
  doc: Sluggable,
  previousSlug: unknown,
): Promise<SiteChange> {
  const all = await findInLocale(req, collection, doc.id, 'all');
  const slugs = { ...((all?.slug as Record<string, string | null> | undefined) ?? {}) };
  const paths = new Set<string>();
  const tags = new Set<string>([cacheTags.collection(collection)]);
  for (const locale of locales) {
    const slug = slugs[locale] ?? slugs.es ?? (locale === req.locale ? (doc.slug as string) : undefined);
    if (slug) paths.add(pagePath(section, locale, slug));
  }
  if (slugs.es) tags.add(cacheTags.entry(collection, slugs.es));
  if (typeof previousSlug === 'string' && previousSlug && req.locale) {
    const locale = localeOrDefault(req.locale);
    paths.add(pagePath(section, locale, previousSlug));
    if (locale === 'es') tags.add(cacheTags.entry(collection, previousSlug));
  }
  paths.add('/sitemap.xml');
  return { paths: [...paths], tags: [...tags] };
}

/**
 * After a published entry changes, is unpublished or deleted, tell the public site which pages to
 * refresh, once the change is committed (so the site reads the new content). The notice goes out
 * in the background: the editor's save never waits on the site.
 */
export function notifySiteOfChange(section: Section): {
  afterChange: CollectionAfterChangeHook;
  afterDelete: CollectionAfterDeleteHook;
} {
  return {
    afterChange: async ({ doc, req, collection, context }) => {
      // Sample content is loaded before the site has cached anything.
      if (context.seeding) return doc;
      const before = publishedStateBefore(context, collection.slug, doc.id);
      const now = await publishedStateAfter(req, context, collection.slug, doc.id);
      // Nothing public changed: a draft that was never live, or a draft saved over a live page.
      if (!before.live && !now.live) return doc;
      if (now.live && doc._status !== 'published') return doc;
      const previousSlug = before.live && before.slug !== now.slug ? before.slug : undefined;
      const change = await changeFor(section, collection.slug, req, doc, previousSlug);
      await afterCommit(req, () => void notifySite(change, { logger: req.payload.logger }));
      return doc;
    },
    afterDelete: async ({ doc, req, collection }) => {
      const tags = [cacheTags.collection(collection.slug)];
      const paths: string[] = ['/sitemap.xml'];
      if (typeof doc.slug === 'string') {
        const locale = localeOrDefault(req.locale);
        paths.push(pagePath(section, locale, doc.slug));
        if (locale === 'es') tags.push(cacheTags.entry(collection.slug, doc.slug));
      }
      await afterCommit(req, () => void notifySite({ paths, tags }, { logger: req.payload.logger }));
      return doc;
    },
  };
}
