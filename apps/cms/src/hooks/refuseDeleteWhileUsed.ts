import { APIError, type CollectionBeforeOperationHook, type CollectionSlug, type Where } from 'payload';
import { collectionConfig, referenceFields, titleOf } from '../lib/references';

const shownNames = 10;

/** The ids a delete will remove: one by id, or all that its query matches. */
async function idsToDelete(
  args: { id?: number | string; where?: Where; overrideAccess?: boolean },
  slug: string,
  req: Parameters<CollectionBeforeOperationHook>[0]['req'],
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
  const ids = await idsToDelete(args as { id?: number | string; where?: Where }, collection.slug, req);
  if (ids.length === 0) return args;
  const deleting = new Set(ids.map(String));
  const users: string[] = [];
  for (const other of req.payload.config.collections) {
    if (!other.versions?.drafts) continue;
    const paths = referenceFields(other.flattenedFields)
      .filter((field) => !field.polymorphic && field.relationTo.includes(collection.slug))
      .map((field) => field.path);
    if (paths.length === 0) continue;
    const locales = req.payload.config.localization
      ? req.payload.config.localization.localeCodes
      : [undefined];
    const names = new Map<string, string>();
    for (const locale of locales) {
      const { docs } = await req.payload.find({
        collection: other.slug as CollectionSlug,
        where: {
          and: [{ _status: { equals: 'published' } }, { or: paths.map((path) => ({ [path]: { in: ids } })) }],
        },
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
        draft: false,
        locale: locale as never,
        req,
      });
      for (const doc of docs) {
        // Entries deleted together may refer to each other.
        if (other.slug === collection.slug && deleting.has(String(doc.id))) continue;
        if (!names.has(String(doc.id)))
          names.set(String(doc.id), titleOf(other, doc as unknown as Record<string, unknown>));
      }
    }
    if (names.size > 0) {
      const plural = collectionConfig(req, other.slug)?.labels?.plural;
      const label = typeof plural === 'string' ? plural.toLowerCase() : other.slug;
      const listed = [...names.values()].slice(0, shownNames).map((name) => `«${name}»`);
      const more = names.size > shownNames ? ` and ${names.size - shownNames} more` : '';
      users.push(`${label} ${listed.join(', ')}${more}`);
    }
  }
  if (users.length > 0) {
    throw new APIError(
      `Cannot delete: published entries use it — ${users.join('; ')}. Remove it from them (or unpublish them) first.`,
      409,
      undefined,
      true,
    );
  }
  return args;
};
