import {
  creditSchema,
  type ImageReference,
  type VenueRecord,
  type VenueRecordInput,
  venueRecordSchema,
} from '@paseo/domain';
import { type MediaDoc, populated, type VenueDoc, venueFromCms } from '@paseo/domain/cms';
import type { Payload, Where } from 'payload';

/**
 * What a venue's references need to be read back as the slugs and keys files use: the other
 * documents' identifying fields only, never whole documents.
 */
export const venueReferenceFields = {
  categories: { key: true },
  neighborhoods: { slug: true },
  guides: { slug: true },
  venues: { slug: true },
  media: { filename: true, url: true, alt: true, credit: true },
} as const;

/** Venues as `locale=all` answers them, with their references populated just enough. */
export async function findVenueDocs(
  payload: Payload,
  where: Where,
  { page = 1, limit = 100, sort = 'id' }: { page?: number; limit?: number; sort?: string } = {},
) {
  const answer = await payload.find({
    collection: 'venues',
    where,
    locale: 'all',
    depth: 1,
    draft: true,
    populate: venueReferenceFields,
    page,
    limit,
    sort,
    overrideAccess: true,
  });
  return { ...answer, docs: answer.docs as unknown as VenueDoc[] };
}

const isMedia = (media: unknown): media is MediaDoc => typeof media === 'object' && media !== null;

/** A library image as a file names it: its address, made absolute with `origin`, its alt text and credit. */
export function imageReference(media: MediaDoc, origin: string): ImageReference {
  const url = media.url ?? `/api/media/file/${media.filename ?? ''}`;
  return {
    url: url.startsWith('/') ? new URL(url, origin).toString() : url,
    alt: { es: media.alt?.es ?? undefined, en: media.alt?.en ?? undefined },
    credit: creditOf(media),
  };
}

/** A library image's credit, when it is whole (the domain's rule); a partial one is left out. */
const creditOf = (media: MediaDoc): ImageReference['credit'] => creditSchema.safeParse(media.credit).data;

/**
 * A venue document as a file's row holds it, its images named by their absolute addresses. Not
 * checked here: the CMS checked it when it was saved, and an import checks it again.
 */
export function venueRecordOf(doc: VenueDoc, origin: string): VenueRecordInput {
  const { heroImage: _hero, gallery: _gallery, updatedAt: _updated, ...venue } = venueFromCms(doc);
  return {
    ...(venue as unknown as Omit<VenueRecordInput, 'heroImage' | 'gallery'>),
    heroImage: isMedia(doc.heroImage) ? imageReference(doc.heroImage, origin) : undefined,
    gallery: populated(doc.gallery as MediaDoc[] | null).map((media) => imageReference(media, origin)),
  };
}

/** The ids of a venue document's images, hero first: what an import compares a row's images by. */
export function imageIdsOf(doc: VenueDoc): number[] {
  const id = (media: unknown) => (isMedia(media) ? media.id : typeof media === 'number' ? media : undefined);
  return [id(doc.heroImage), ...(doc.gallery ?? []).map(id)].filter((value) => value !== undefined);
}

/** A venue document read back as a record, or undefined when it does not parse (it differs from any row). */
export function parsedRecordOf(doc: VenueDoc, origin: string): VenueRecord | undefined {
  const parsed = venueRecordSchema.safeParse({ ...venueRecordOf(doc, origin), status: undefined });
  return parsed.success ? parsed.data : undefined;
}
