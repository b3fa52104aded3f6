import { cacheTags } from '@paseo/domain';
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload';
import { afterCommit } from '../lib/afterCommit';
import { notifySite, type SiteChange } from '../lib/notifySite';

/**
 * A redirect changes what an old address answers. The site keeps its lookups of redirects (and the
 * 404 it may have given that address) until told: one notice names the address and drops every
 * lookup, whether an editor wrote the redirect or a renamed entry left it behind.
 */
function changeOf(doc: { from?: unknown }): SiteChange {
  return {
    paths: typeof doc.from === 'string' ? [doc.from] : [],
    tags: [cacheTags.collection('redirects')],
  };
}

export const notifySiteOfRedirect: {
  afterChange: CollectionAfterChangeHook;
  afterDelete: CollectionAfterDeleteHook;
} = {
  afterChange: async ({ doc, req }) => {
    await afterCommit(req, () => void notifySite(changeOf(doc), { logger: req.payload.logger }));
    return doc;
  },
  afterDelete: async ({ doc, req }) => {
    await afterCommit(req, () => void notifySite(changeOf(doc), { logger: req.payload.logger }));
    return doc;
  },
};
