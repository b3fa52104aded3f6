import { APIError, type CollectionBeforeOperationHook, type CollectionSlug, type Where } from 'payload';
import { publishedUsersOf } from '../lib/references';

type Req = Parameters<CollectionBeforeOperationHook>[0]['req'];

/** The ids a delete will remove: one by id, or all that its query matches. */
async function idsToDelete(
  args: { id?: number | string; where?: Where; overrideAccess?: boolean },
  slug: string,
  req: Req,
): Promise<(number | string)[]> {
  if (args.id !== undefined) return [args.id];
  if (!args.where) return [];
  const { docs } = await req.payload.find({
    collection: slug as CollectionSlug,
    where: args.where,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: args.overrideAccess ?? false,
    req,
  });
  return docs.map((doc) => doc.id);
}

/**
 * An entry that a published entry uses (an image as a hero, gallery or SEO image; a category; a
 * neighborhood as a venue's or as a parent; a guide; a pinned venue) is not deleted: the answer is
 * 409 naming the entries that use it. The referencing fields are read from the running config, so
 * nothing here lists them. A bulk delete is refused as a whole before anything is removed, so it
 * never leaves half its entries gone.
 *
 * Only published entries hold an entry back. Drafts do not: visitors never see them, and a draft
 * that lost a reference cannot be published with it missing (the reference checks and required
 * fields refuse it), while a forgotten draft would otherwise pin images forever.
 */
export const refuseDeleteWhileUsed: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'delete') return args;
  // Access is checked after this hook: who may not delete is told so by Payload, not told what uses the entry.
  const { id, overrideAccess } = args as { id?: number | string; overrideAccess?: boolean };
  if (!overrideAccess && !(await collection.access.delete({ req, id: id as number }))) return args;
  const ids = await idsToDelete(args as { id?: number | string; where?: Where }, collection.slug, req);
  if (ids.length === 0) return args;
  const users = await publishedUsersOf(req, collection.slug, ids);
  if (users.length > 0) {
    throw new APIError(
      `Cannot delete: published entries use it — ${users.join('; ')}. Remove it from them (or unpublish them) first.`,
      409,
      { usedBy: users },
      true,
    );
  }
  return args;
};
