import { APIError, type CollectionAfterChangeHook } from 'payload';
import { publishedStateAfter, publishedStateBefore } from '../lib/publishedState';
import { publishedUsersOf } from '../lib/references';

/**
 * Unpublishing an entry that published entries cannot do without (a venue's neighborhood) is
 * refused, naming them: the site would otherwise leave those entries out. The save runs in a
 * transaction, so refusing here undoes it. Optional uses (a pinned venue, a guide link) simply
 * stop showing, as the site skips references it cannot read.
 */
export const refuseUnpublishWhileRequired: CollectionAfterChangeHook = async ({
  doc,
  req,
  collection,
  context,
}) => {
  if (!publishedStateBefore(context, collection.slug, doc.id).live) return doc;
  if ((await publishedStateAfter(req, context, collection.slug, doc.id)).live) return doc;
  const users = await publishedUsersOf(req, collection.slug, [doc.id], { requiredOnly: true });
  if (users.length > 0) {
    throw new APIError(
      `Cannot unpublish: published entries need it — ${users.join('; ')}. Change them first.`,
      409,
      { usedBy: users },
      true,
    );
  }
  return doc;
};
