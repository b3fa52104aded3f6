import { type CollectionBeforeValidateHook, type CollectionSlug, ValidationError } from 'payload';
import { asId, collectionConfig, heldReferences, idTypeOf } from '../lib/references';

/**
 * A reference to an entry that does not exist is refused with the field's name, before the
 * database's foreign key would refuse it as a server error. Drafts and autosaves are checked too:
 * Payload skips field validation for them, but the database does not skip its keys.
 */
export const refuseUnknownReferences: CollectionBeforeValidateHook = async ({ data, collection, req }) => {
  const held = heldReferences(collection.flattenedFields, data);
  if (held.length === 0) return data;
  const idType = idTypeOf(req);
  const errors: { path: string; message: string }[] = [];
  const wanted = new Map<string, Set<number | string>>();
  for (const reference of held) {
    const id = asId(reference.value, idType);
    if (id === undefined || !collectionConfig(req, reference.collection)) {
      errors.push({ path: reference.path, message: `${JSON.stringify(reference.value)} is not an id` });
      continue;
    }
    wanted.set(reference.collection, (wanted.get(reference.collection) ?? new Set()).add(id));
  }
  const existing = new Map<string, Set<number | string>>();
  for (const [slug, ids] of wanted) {
    const { docs } = await req.payload.find({
      collection: slug as CollectionSlug,
      where: { id: { in: [...ids] } },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    });
    existing.set(slug, new Set(docs.map((doc) => doc.id)));
  }
  for (const reference of held) {
    const id = asId(reference.value, idType);
    if (id === undefined || !wanted.has(reference.collection)) continue;
    if (!existing.get(reference.collection)?.has(id)) {
      const label = collectionConfig(req, reference.collection)?.labels?.singular;
      const what = typeof label === 'string' ? label.toLowerCase() : reference.collection;
      errors.push({ path: reference.path, message: `There is no ${what} with id ${String(id)}` });
    }
  }
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req });
  return data;
};
