import { localeOrDefault, pagePath, type Section } from '@paseo/domain';
import type { CollectionAfterChangeHook } from 'payload';
import { publishedStateAfter, publishedStateBefore } from '../lib/publishedState';

/**
 * When a published entry's slug changes, its old address keeps working: a redirect is recorded
 * from the old path to the new one, earlier redirects are pointed at the new path too (no chains),
 * and a redirect that the new path would shadow is removed.
 */
export function recordSlugRedirects(section: Section): CollectionAfterChangeHook {
  return async ({ doc, req, collection, context }) => {
    const before = publishedStateBefore(context, collection.slug, doc.id);
    if (!before.live || !before.slug) return doc;
    const now = await publishedStateAfter(req, context, collection.slug, doc.id);
    if (!now.live || !now.slug || now.slug === before.slug) return doc;
    const locale = localeOrDefault(req.locale);
    const from = pagePath(section, locale, before.slug);
    const to = pagePath(section, locale, now.slug);
    await req.payload.delete({ collection: 'redirects', where: { from: { equals: to } }, req });
    await req.payload.update({
      collection: 'redirects',
      where: { 'to.url': { equals: from } },
      data: { to: { type: 'custom', url: to } },
      req,
    });
    await req.payload.create({
      collection: 'redirects',
      data: { from, to: { type: 'custom', url: to } },
      req,
    });
    return doc;
  };
}
