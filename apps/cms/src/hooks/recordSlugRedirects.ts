import { pagePath, type Section } from '@paseo/domain';
import type { CollectionAfterChangeHook } from 'payload';

/**
 * When a published entry's slug changes, its old address keeps working: a redirect is recorded
 * from the old path to the new one, earlier redirects are pointed at the new path too (no chains),
 * and a redirect that the new path would shadow is removed.
 */
export function recordSlugRedirects(section: Section): CollectionAfterChangeHook {
  return async ({ doc, previousDoc, req }) => {
    const before = previousDoc?.slug;
    const after = doc.slug;
    if (previousDoc?._status !== 'published' || typeof before !== 'string' || typeof after !== 'string') {
      return doc;
    }
    if (before === after || doc._status !== 'published') return doc;
    const locale = req.locale === 'en' ? 'en' : 'es';
    const from = pagePath(section, locale, before);
    const to = pagePath(section, locale, after);
    await req.payload.delete({ collection: 'redirects', where: { from: { equals: to } }, req });
    await req.payload.update({
      collection: 'redirects',
      where: { 'to.url': { equals: from } },
      data: { to: { type: 'custom', url: to } },
      req,
    });
    await req.payload.create({ collection: 'redirects', data: { from, to: { type: 'custom', url: to } }, req });
    return doc;
  };
}
