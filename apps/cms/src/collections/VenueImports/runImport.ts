import {
  columnAt,
  type ImageReference,
  type PublicationStatus,
  type VenueFileIssue,
  type VenueRecord,
} from '@paseo/domain';
import type { ImportFormat } from '@paseo/domain/cms';
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  type TypedUser,
} from 'payload';
import { type Id, writeVenue } from '../../lib/venueData';
import { fileNameOf, planImport } from './planImport';

/** The largest image an import fetches: the same limit as an editor's upload. */
const maxImageBytes = 10 * 1024 * 1024;
/** Rows written at the same time. */
const rowsAtOnce = 3;
/** How often, at most, the progress is written for the admin to read. */
const progressEveryMs = 1_000;
/** How often the progress is written however slow the rows are: well within `stalledAfterMs`. */
const heartbeatMs = 10_000;

async function fetchImage(image: ImageReference): Promise<{ data: Buffer; mimetype: string; name: string }> {
  const response = await fetch(image.url, { redirect: 'follow', signal: AbortSignal.timeout(20_000) });
  if (!response.ok) throw new Error(`Fetching ${image.url} answered ${response.status}`);
  const mimetype = response.headers.get('content-type')?.split(';')[0]?.trim() ?? '';
  if (!mimetype.startsWith('image/'))
    throw new Error(`${image.url} is not an image (${mimetype || 'no type'})`);
  // Read a chunk at a time, so a file without a declared length is cut off at the limit.
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.length;
    if (size > maxImageBytes) throw new Error(`${image.url} is larger than 10 MB`);
    chunks.push(chunk);
  }
  return { data: Buffer.concat(chunks), mimetype, name: fileNameOf(image.url) };
}

/** A failed write as a refusal naming the column: Payload's field errors carry the field's path. */
function issuesOf(error: unknown, row: number, venue: VenueRecord): VenueFileIssue[] {
  const { data, locale } = error as {
    data?: { errors?: { path?: string; message?: string }[] };
    locale?: string;
  };
  const fields = data?.errors;
  if (fields && fields.length > 0) {
    return fields.map(({ path = '', message = 'Refused' }) => {
      const { column, prefix } = columnAt(
        path.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key)),
      );
      return {
        row,
        column: locale === 'en' ? column.replace(/_es$/, '_en') : column,
        message: prefix + message,
      };
    });
  }
  const message = error instanceof Error ? error.message : String(error);
  return [
    {
      row,
      column: venue.heroImage && message.includes(venue.heroImage.url) ? 'hero_image_url' : '—',
      message,
    },
  ];
}

type Counts = { created: number; updated: number; failed: number };

/**
 * The import itself: the dry run again (the CMS may have changed since); then the images to fetch,
 * each fetched once and added to the media library with its credit; then each row to create or
 * update, a few at a time, each in a transaction of its own (its Spanish, then its English), so a
 * row lands whole or not at all. Pins to venues later in the file are written once those exist.
 * Progress is kept in the import's document, so any admin page and any CMS process can show it.
 */
export async function runImport(payload: Payload, importId: Id, user: TypedUser): Promise<void> {
  const job = await payload.findByID({ collection: 'venue-imports', id: importId, overrideAccess: true });
  const publishNew = job.publishNew === true;
  const { plan, resolution } = await planImport(payload, job.format as ImportFormat, job.file ?? '');
  const writes = plan.rows.filter((row) => row.action === 'create' || row.action === 'update');
  const counts: Counts = { created: 0, updated: 0, failed: 0 };
  const failures: VenueFileIssue[] = [];
  let lastSaved = 0;
  const save = async (extra: Record<string, unknown> = {}, force = false) => {
    if (!force && Date.now() - lastSaved < progressEveryMs) return;
    lastSaved = Date.now();
    // Straight to the adapter with these columns alone: through `payload.update` every save would
    // read and write the whole document again, the file included (tens of MB for 10,000 rows).
    await payload.db.updateOne({
      collection: 'venue-imports',
      id: importId,
      data: {
        progress: { total: writes.length, done: counts.created + counts.updated + counts.failed, ...counts },
        failures,
        progressAt: new Date().toISOString(),
        ...extra,
      },
      returning: false,
    });
  };
  // A slow row or image must not make the import look stopped (readImportProgress.ts).
  const heartbeat = setInterval(() => void save({}, true).catch(() => {}), heartbeatMs);
  try {
    await save({ state: 'running', plan, startedAt: new Date().toISOString(), finishedAt: null }, true);

    // Each image once, before the rows, and outside their transactions: rows sharing an image share
    // its one copy, and no transaction waits on another server.
    const fetchFailures = new Map<string, string>();
    for (const [url, image] of resolution.toFetch) {
      try {
        if (!image.credit || !image.alt?.es || !image.alt.en)
          throw new Error(`${url}: no alt text or credit`);
        const file = await fetchImage(image);
        const media = await payload.create({
          collection: 'media',
          data: { alt: { es: image.alt.es, en: image.alt.en }, credit: image.credit },
          file: { ...file, size: file.data.length },
          overrideAccess: true,
        });
        resolution.refs.mediaIds.set(url, media.id);
      } catch (error) {
        fetchFailures.set(url, (error as Error).message);
      }
    }

    const deferredPins: { row: number; id: Id; venue: VenueRecord; status: PublicationStatus }[] = [];
    const writeRow = async (planned: (typeof writes)[number]) => {
      const venue = resolution.venues.get(planned.row);
      if (!venue) return;
      const current = resolution.existing.get(venue.slug.es);
      const imageFailures = [venue.heroImage, ...venue.gallery].flatMap((image) => {
        const failure = image && fetchFailures.get(image.url);
        return failure ? [failure] : [];
      });
      if (imageFailures.length > 0) {
        counts.failed += 1;
        failures.push(
          ...imageFailures.map((message) => ({ row: planned.row, column: 'hero_image_url', message })),
        );
        return;
      }
      // New venues are drafts unless the editor chose to publish them, and a venue without a hero
      // image cannot be published; a venue that exists keeps its state.
      const status =
        current?.status ??
        (publishNew && venue.status !== 'draft' && venue.heroImage ? 'published' : 'draft');
      const pinsReady = venue.pinnedNearby.every((slug) => resolution.refs.venueIds.has(slug));
      const req: PayloadRequest = await createLocalReq({ user }, payload);
      await initTransaction(req);
      try {
        const refs = { ...resolution.refs, venueIds: pinsReady ? resolution.refs.venueIds : undefined };
        const id = await writeVenue(payload, {
          id: current?.id,
          given: resolution.given,
          venue,
          refs,
          status,
          req,
        });
        await commitTransaction(req);
        resolution.refs.venueIds.set(venue.slug.es, id);
        if (!pinsReady) deferredPins.push({ row: planned.row, id, venue, status });
        counts[current ? 'updated' : 'created'] += 1;
      } catch (error) {
        await killTransaction(req);
        counts.failed += 1;
        failures.push(...issuesOf(error, planned.row, venue));
      }
    };
    // A few rows at a time: each waits on the database most of its time.
    const queue = [...writes];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        await writeRow(next);
        await save();
      }
    };
    await Promise.all(Array.from({ length: rowsAtOnce }, worker));

    // The dry run let a pin through only to a venue in the CMS or to a row of the file it accepted.
    for (const { row, id, venue, status } of deferredPins) {
      const pins = venue.pinnedNearby.flatMap((slug) => resolution.refs.venueIds.get(slug) ?? []);
      try {
        await payload.update({
          collection: 'venues',
          id,
          locale: 'es',
          data: { pinnedNearby: pins, _status: status },
          draft: status === 'draft',
          overrideAccess: true,
        });
      } catch (error) {
        failures.push({ row, column: 'pinned_nearby', message: (error as Error).message });
      }
    }
    await save({ state: 'done', finishedAt: new Date().toISOString() }, true);
  } finally {
    clearInterval(heartbeat);
  }
}
