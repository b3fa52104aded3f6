import {
  type CollectionBeforeValidateHook,
  type CollectionSlug,
  type PayloadRequest,
  ValidationError,
} from 'payload';
import {
  asId,
  collectionConfig,
  type HeldReference,
  heldReferences,
  idTypeOf,
  titleOf,
} from '../lib/references';

type FieldError = { path: string; message: string };

const singular = (req: PayloadRequest, slug: string) => {
  const label = collectionConfig(req, slug)?.labels?.singular;
  return typeof label === 'string' ? label.toLowerCase() : slug;
};

/** The ids of each collection that the references point at, and the references that are no ids. */
function wantedIds(req: PayloadRequest, held: readonly HeldReference[], errors: FieldError[]) {
  const idType = idTypeOf(req);
  const wanted = new Map<string, Set<number | string>>();
  for (const reference of held) {
    const id = asId(reference.value, idType);
    if (id === undefined || !collectionConfig(req, reference.collection)) {
      errors.push({ path: reference.path, message: `${JSON.stringify(reference.value)} is not an id` });
      continue;
    }
    wanted.set(reference.collection, (wanted.get(reference.collection) ?? new Set()).add(id));
  }
  return wanted;
}

async function findAll(req: PayloadRequest, slug: string, ids: Set<number | string>, publishedOnly: boolean) {
  const { docs } = await req.payload.find({
    collection: slug as CollectionSlug,
    where: {
      and: [{ id: { in: [...ids] } }, ...(publishedOnly ? [{ _status: { equals: 'published' } }] : [])],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    draft: false,
    req,
  });
  return new Map<number | string, Record<string, unknown>>(
    docs.map((doc) => [doc.id, doc as unknown as Record<string, unknown>]),
  );
}

/**
 * A reference to an entry that does not exist is refused with the field's name, before the
 * database's foreign key would refuse it as a server error. Drafts and autosaves are checked too:
 * Payload skips field validation for them, but the database does not skip its keys.
 *
 * A published entry's required references must be published themselves: the site cannot show a
 * venue whose neighborhood visitors cannot see, so it would silently leave the venue out.
 */
export const refuseUnknownReferences: CollectionBeforeValidateHook = async ({
  data,
  originalDoc,
  collection,
  req,
}) => {
  const errors: FieldError[] = [];
  const held = heldReferences(collection.flattenedFields, data);
  const idType = idTypeOf(req);
  for (const [slug, ids] of wantedIds(req, held, errors)) {
    const existing = await findAll(req, slug, ids, false);
    for (const reference of held) {
      const id = asId(reference.value, idType);
      if (reference.collection === slug && id !== undefined && ids.has(id) && !existing.has(id)) {
        errors.push({
          path: reference.path,
          message: `There is no ${singular(req, slug)} with id ${String(id)}`,
        });
      }
    }
  }
  const publishing = (data?._status ?? originalDoc?._status) === 'published';
  if (publishing && errors.length === 0) {
    const saved = { ...(originalDoc ?? {}), ...(data ?? {}) };
    const required = heldReferences(collection.flattenedFields, saved).filter(
      (reference) => reference.required && collectionConfig(req, reference.collection)?.versions?.drafts,
    );
    for (const [slug, ids] of wantedIds(req, required, errors)) {
      const published = await findAll(req, slug, ids, true);
      const all = await findAll(req, slug, ids, false);
      for (const reference of required) {
        const id = asId(reference.value, idType);
        const entry = id === undefined ? undefined : all.get(id);
        if (reference.collection === slug && id !== undefined && entry && !published.has(id)) {
          const config = collectionConfig(req, slug);
          const name = config ? titleOf(config, entry) : String(id);
          errors.push({
            path: reference.path,
            message: `The ${singular(req, slug)} «${name}» is not published: publish it first, or choose a published one`,
          });
        }
      }
    }
  }
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors, req });
  return data;
};
