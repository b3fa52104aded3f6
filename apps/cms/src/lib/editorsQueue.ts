import { type PostgresAdapter, sql } from '@payloadcms/db-postgres';
import type { Payload, TypedUser } from 'payload';
import { hasRole } from '../access/roles';

/**
 * What the admin's first page asks editors to look at: venues whose facts want checking again,
 * venues with open reports, entries still missing English, and publishes scheduled to come.
 *
 * Each list is one or two small queries on indexed columns, a few fields each, `limit` rows at
 * most: the dashboard costs the same with 100 venues as with 100,000. Everything is read as the
 * editor, with their access.
 */

/** Who is asking, and through which Payload. */
export type QueueReader = { payload: Payload; user: TypedUser | null | undefined; locale?: string };

/** An entry a line of the queue links to. */
export type QueueEntry = { collection: ContentCollection; id: number; title: string };

export type StaleVenue = QueueEntry & {
  /** The oldest fact check's day (YYYY-MM-DD), or null when the venue has none. */
  lastVerified: string | null;
  /** Whole days since then, or null when never verified. */
  ageDays: number | null;
  /** Never verified, or verified longer ago than the configured age. */
  overdue: boolean;
};

export type StaleVenues = {
  overdue: number;
  never: { total: number; venues: StaleVenue[] };
  oldest: StaleVenue[];
};
export type VenueReports = { venue: QueueEntry; open: number };
export type UntranslatedEntry = QueueEntry & { missing: string; updatedAt: string };
export type ScheduledPublish = QueueEntry & { action: 'publish' | 'unpublish'; at: string; locale?: string };

/** The collections whose entries are pages of the site, and the field that names each entry. */
export const contentCollections = {
  venues: 'name',
  neighborhoods: 'name',
  guides: 'title',
  walks: 'title',
} as const;
export type ContentCollection = keyof typeof contentCollections;

const DAY_MS = 24 * 60 * 60 * 1000;

const isContentCollection = (slug: unknown): slug is ContentCollection =>
  typeof slug === 'string' && Object.hasOwn(contentCollections, slug);

const titleOf = (collection: ContentCollection, doc: Record<string, unknown>): string => {
  const title = doc[contentCollections[collection]];
  return typeof title === 'string' && title !== '' ? title : `#${String(doc.id)}`;
};

/** The editor's reading options for the Local API: their access, never Payload's full access. */
const asReader = ({ user, locale }: QueueReader) => ({
  user,
  overrideAccess: false,
  depth: 0,
  ...(locale ? { locale: locale as 'es' | 'en' } : {}),
});

/**
 * Venues by how long ago their facts were last verified: those never verified (they count as the
 * oldest of all; longest-standing first), and the rest, oldest check first. Two lists rather than
 * one, since a city of generated venues without checks would otherwise hide every dated one.
 * `overdue` counts the venues never verified or verified more than `verifyAfterDays` before `now`.
 */
export async function staleVenues(
  reader: QueueReader,
  { now, verifyAfterDays, limit }: { now: Date; verifyAfterDays: number; limit: number },
): Promise<StaleVenues> {
  const { payload } = reader;
  const cutoff = new Date(now.getTime() - verifyAfterDays * DAY_MS);
  const select = { name: true, lastVerifiedAt: true } as const;
  // PostgreSQL sorts empty dates last, so the never-verified are a query of their own.
  const [never, oldest, verifiedLongAgo] = await Promise.all([
    payload.find({
      ...asReader(reader),
      collection: 'venues',
      where: { lastVerifiedAt: { exists: false } },
      sort: 'createdAt',
      limit,
      select,
    }),
    payload.find({
      ...asReader(reader),
      collection: 'venues',
      where: { lastVerifiedAt: { exists: true } },
      sort: 'lastVerifiedAt',
      limit,
      select,
      pagination: false,
    }),
    payload.count({
      ...asReader(reader),
      collection: 'venues',
      where: { lastVerifiedAt: { less_than: cutoff.toISOString() } },
    }),
  ]);
  const line = (doc: { id: number; name?: string | null; lastVerifiedAt?: string | null }): StaleVenue => {
    const verified = doc.lastVerifiedAt ? new Date(doc.lastVerifiedAt) : null;
    return {
      collection: 'venues',
      id: doc.id,
      title: titleOf('venues', doc),
      lastVerified: verified ? verified.toISOString().slice(0, 10) : null,
      ageDays: verified ? Math.floor((now.getTime() - verified.getTime()) / DAY_MS) : null,
      overdue: !verified || verified < cutoff,
    };
  };
  return {
    overdue: never.totalDocs + verifiedLongAgo.totalDocs,
    never: { total: never.totalDocs, venues: never.docs.map(line) },
    oldest: oldest.docs.map(line),
  };
}

/**
 * Venues with reports still open (status "new"), the most reports first. Counting per venue is a
 * GROUP BY, which the Local API cannot say, so it is one SQL statement (served by the index on the
 * report's status); the venues' names are then read as the editor.
 */
export async function openReportsByVenue(
  reader: QueueReader,
  { limit }: { limit: number },
): Promise<VenueReports[]> {
  // Reports are readable by editors only (collections/Reports); the statement bypasses access.
  if (!hasRole(reader.user, 'editor', 'admin')) return [];
  const { rows } = await (reader.payload.db as unknown as PostgresAdapter).drizzle.execute<{
    venue: number;
    open: number;
  }>(sql`
    SELECT venue_id AS venue, count(*)::int AS open FROM reports
    WHERE status = 'new' AND venue_id IS NOT NULL
    GROUP BY venue_id
    ORDER BY open DESC, max(created_at) DESC
    LIMIT ${limit}`);
  if (rows.length === 0) return [];
  const { docs } = await reader.payload.find({
    ...asReader(reader),
    collection: 'venues',
    where: { id: { in: rows.map((row) => Number(row.venue)) } },
    pagination: false,
    select: { name: true },
  });
  const names = new Map(docs.map((doc) => [doc.id, titleOf('venues', doc)]));
  return rows.flatMap((row) => {
    const id = Number(row.venue);
    const title = names.get(id);
    return title === undefined
      ? []
      : [{ venue: { collection: 'venues' as const, id, title }, open: row.open }];
  });
}

/**
 * Entries of every content collection still missing English (their `untranslated` note is not
 * empty), most recently changed first, with how many there are in all.
 */
export async function untranslatedEntries(
  reader: QueueReader,
  { limit }: { limit: number },
): Promise<{ total: number; entries: UntranslatedEntry[] }> {
  const collections = Object.keys(contentCollections) as ContentCollection[];
  const found = await Promise.all(
    collections.map(async (collection) => {
      const { docs, totalDocs } = await reader.payload.find({
        ...asReader(reader),
        collection,
        where: { and: [{ untranslated: { exists: true } }, { untranslated: { not_equals: '' } }] },
        // A draft's English may be newer than the published entry's: its latest version says.
        draft: true,
        sort: '-updatedAt',
        limit,
        select: { [contentCollections[collection]]: true, untranslated: true, updatedAt: true },
      });
      const entries = (docs as unknown as Record<string, unknown>[]).map(
        (doc): UntranslatedEntry => ({
          collection,
          id: Number(doc.id),
          title: titleOf(collection, doc),
          missing: String(doc.untranslated ?? ''),
          updatedAt: String(doc.updatedAt ?? ''),
        }),
      );
      return { entries, totalDocs };
    }),
  );
  return {
    total: found.reduce((sum, { totalDocs }) => sum + totalDocs, 0),
    entries: found
      .flatMap(({ entries }) => entries)
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      .slice(0, limit),
  };
}

type ScheduleInput = {
  type?: 'publish' | 'unpublish';
  locale?: string;
  doc?: { relationTo?: string; value?: string | number };
};

/**
 * Publishes and unpublishes scheduled from now on, soonest first. The admin's "Schedule" button
 * queues them as jobs of Payload's `schedulePublish` task, run at `waitUntil`.
 */
export async function upcomingPublishes(
  reader: QueueReader,
  { now, limit }: { now: Date; limit: number },
): Promise<ScheduledPublish[]> {
  // The jobs collection is closed to every user; Payload's own schedule drawer reads it for anyone
  // who may publish, and so does this, for editors.
  if (!hasRole(reader.user, 'editor', 'admin')) return [];
  const { docs: jobs } = await reader.payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: 'schedulePublish' } },
        { waitUntil: { greater_than: now.toISOString() } },
        { completedAt: { exists: false } },
      ],
    },
    sort: 'waitUntil',
    limit,
    depth: 0,
    select: { input: true, waitUntil: true },
  });
  const planned = jobs.flatMap((job) => {
    const input = (job.input ?? {}) as ScheduleInput;
    const collection = input.doc?.relationTo;
    const id = Number(input.doc?.value);
    if (!isContentCollection(collection) || !Number.isInteger(id) || !job.waitUntil) return [];
    return [{ collection, id, input, at: job.waitUntil }];
  });
  const titles = new Map<string, string>();
  for (const collection of new Set(planned.map((job) => job.collection))) {
    const { docs } = await reader.payload.find({
      ...asReader(reader),
      collection,
      where: { id: { in: planned.filter((job) => job.collection === collection).map((job) => job.id) } },
      // What is scheduled is usually a draft: its latest version names it.
      draft: true,
      pagination: false,
      select: { [contentCollections[collection]]: true },
    });
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      titles.set(`${collection}:${String(doc.id)}`, titleOf(collection, doc));
    }
  }
  return planned.flatMap(({ collection, id, input, at }) => {
    // An entry the editor cannot read (deleted since) is left out.
    const title = titles.get(`${collection}:${id}`);
    if (title === undefined) return [];
    return [
      {
        collection,
        id,
        title,
        action: input.type === 'unpublish' ? ('unpublish' as const) : ('publish' as const),
        at,
        ...(input.locale ? { locale: input.locale } : {}),
      },
    ];
  });
}
