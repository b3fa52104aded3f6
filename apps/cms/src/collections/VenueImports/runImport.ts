import {
  columnAt,
  type ImageReference,
  type PublicationStatus,
  type VenueFileIssue,
  type VenueRecord,
} from '@paseo/domain';
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
import { fileNameOf, type ImportFormat, planImport } from './planImport';

/** The largest image an import fetches: the same limit as an editor's upload. */
const maxImageBytes = 10 * 1024 * 1024;
/** Rows written at the same time. */
const rowsAtOnce = 3;
/** How often, at most, the progress is written for the admin to read. */
const progressEveryMs = 1_000;

async function fetchImage(image: ImageReference): Promise<{ data: Buffer; mimetype: string; name: string }> {
  const response = await fetch(image.url, { redirect: 'follow', signal: AbortSignal.timeout(20_000) });
  if (!response.ok) throw new Error(`Fetching ${image.url} answered ${response.status}`);
  const mimetype = response.headers.get('content-type')?.split(';')[0]?.trim() ?? '';
  if (!mimetype.startsWith('image/'))
    throw new Error(`${image.url} is not an image (${mimetype || 'no type'})`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxImageBytes) throw new Error(`${image.url} is larger than 10 MB`);
  const data = Buffer.from(await response.arrayBuffer());
  if (data.length > maxImageBytes) throw new Error(`${image.url} is larger than 10 MB`);
  return { data, mimetype, name: fileNameOf(image.url) };
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
 * The import itself: the dry run again (the CMS may have changed since), then each row it would
 * create or update written in a transaction of its own (its fetched images, its Spanish, its
 * English), so a row lands whole or not at all. Pins to venues later in the file are written once
 * those exist. Progress is kept in the import's document, so any admin page and any CMS process
 * can show it.
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
  await save({ state: 'running', plan, startedAt: new Date().toISOString(), finishedAt: null }, true);

  const deferredPins: { row: number; id: Id; venue: VenueRecord; status: PublicationStatus }[] = [];
  const writeRow = async (planned: (typeof writes)[number]) => {
    const venue = resolution.venues.get(planned.row);
    if (!venue) return;
    const current = resolution.existing.get(venue.slug.es);
    const status =
      current?.status ?? (publishNew && venue.status !== 'draft' && venue.heroImage ? 'published' : 'draft');
    const pinsReady = venue.pinnedNearby.every((slug) => resolution.refs.venueIds.has(slug));
    const req: PayloadRequest = await createLocalReq({ user }, payload);
    await initTransaction(req);
    try {
      const mediaIds = new Map(resolution.refs.mediaIds);
      for (const image of [venue.heroImage, ...venue.gallery]) {
        if (!image || mediaIds.has(image.url)) continue;
        const wanted = resolution.toFetch.get(image.url);
        // The dry run let an image through to fetch only with its alt text and whole credit.
        if (!wanted?.credit || !wanted.alt?.es || !wanted.alt.en) continue;
        const file = await fetchImage(wanted);
        const media = await payload.create({
          collection: 'media',
          data: { alt: { es: wanted.alt.es, en: wanted.alt.en }, credit: wanted.credit },
          file: { ...file, size: file.data.length },
          overrideAccess: true,
          req,
        });
        mediaIds.set(image.url, media.id);
      }
      const refs = {
        ...resolution.refs,
        mediaIds,
        venueIds: pinsReady ? resolution.refs.venueIds : undefined,
      };
      const id = await writeVenue(payload, {
        id: current?.id,
        venue,
        refs,
        status,
        req,
        context: { importing: true },
      });
      await commitTransaction(req);
      for (const [url, mediaId] of mediaIds) resolution.refs.mediaIds.set(url, mediaId);
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
        context: { importing: true },
      });
    } catch (error) {
      failures.push({ row, column: 'pinned_nearby', message: (error as Error).message });
    }
  }
  await save({ state: 'done', finishedAt: new Date().toISOString() }, true);
}
