import type { CollectionBeforeChangeHook } from 'payload';
import { readPublishedState, rememberPublishedState } from '../lib/publishedState';

/** Before a save, notes what visitors could see, for the hooks that run after it. */
export const recordPublishedState: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
  collection,
  context,
}) => {
  if (operation === 'update' && originalDoc?.id !== undefined) {
    rememberPublishedState(
      context,
      collection.slug,
      originalDoc.id,
      await readPublishedState(req, collection.slug, originalDoc.id),
    );
  }
  return data;
};
