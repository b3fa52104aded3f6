import { cacheTags } from '@paseo/domain';
import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload';
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

/** Sent once the save or the deletion is committed, never for one rolled back. */
async function notify({ doc, req }: { doc: { from?: unknown }; req: PayloadRequest }) {
  await afterCommit(req, () => void notifySite(changeOf(doc), { logger: req.payload.logger }));
  return doc;
}

export const notifySiteOfRedirect: {
  afterChange: CollectionAfterChangeHook;
  afterDelete: CollectionAfterDeleteHook;
} = { afterChange: notify, afterDelete: notify };
