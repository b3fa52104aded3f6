import type { Payload, TypedUser } from 'payload';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suffix } from './api';
import { paragraph } from './fixtures';
import { type OwnPayload, openOwnPayload } from './ownPayload';

/** The queue's reads (src/lib/editorsQueue.ts) on a seeded database of their own. */
describe("the editors' queue", () => {
  let own: OwnPayload | undefined;
  let payload: Payload;
  let editor: TypedUser;
  let refs: { category: number; neighborhood: number; heroImage: number };
  let queue: typeof import('../src/lib/editorsQueue');
  const now = new Date('2026-11-28T18:00:00.000Z');

  beforeAll(async () => {
    own = await openOwnPayload('queue-test');
    payload = own.payload;
    const { seed } = await import('../src/seed');
    await seed(payload);
    queue = await import('../src/lib/editorsQueue');
    const { docs } = await payload.find({
      collection: 'users',
      where: { email: { equals: 'editor@example.com' } },
      depth: 0,
    });
    const user = docs[0];
    if (!user) throw new Error('no demo editor');
    editor = { ...user, collection: 'users' } as TypedUser;
    const sample = (await payload.find({ collection: 'venues', limit: 1, depth: 0 })).docs[0];
    if (!sample) throw new Error('no sample venue');
    refs = {
      category: Number(sample.category),
      neighborhood: Number(sample.neighborhood),
      heroImage: Number(sample.heroImage),
    };
  });

  afterAll(async () => {
    await own?.close();
  });

  /** A published venue in Spanish only (so its English is missing), checked on these days. */
  async function venue(name: string, days: string[] = []): Promise<number> {
    const doc = await payload.create({
      collection: 'venues',
      locale: 'es',
      depth: 0,
      data: {
        name: `${name} ${suffix()}`,
        teaser: 'Una casa de prueba.',
        description: paragraph('Descripción.') as never,
        address: {
          street: 'Francisco Sosa 1',
          neighborhood: 'Del Carmen',
          postalCode: '04100',
          borough: 'Coyoacán',
          city: 'Ciudad de México',
          country: 'MX',
        },
        location: { latitude: 19.35, longitude: -99.16 },
        ...refs,
        factChecks: days.map((verifiedAt) => ({
          group: 'location' as const,
          verifiedAt,
          source: { name: 'OpenStreetMap', url: 'https://www.openstreetmap.org/' },
        })),
        _status: 'published',
      },
    });
    return doc.id;
  }

  const reader = () => ({ payload, user: editor });

  it('lists never-verified venues, then the oldest checks first, with the overdue count', async () => {
    const never = await venue('Nunca');
    const ancient = await venue('Antigua', ['2001-05-05', '2026-01-01']);
    const old = await venue('Vieja', ['2019-01-01']);
    const fresh = await venue('Reciente', ['2026-11-20']);

    const {
      overdue,
      never: unverified,
      oldest,
    } = await queue.staleVenues(reader(), {
      now,
      verifyAfterDays: 365,
      limit: 50,
    });
    expect(unverified.venues.map((v) => v.id)).toContain(never);
    expect(unverified.venues.every((v) => v.lastVerified === null && v.ageDays === null && v.overdue)).toBe(
      true,
    );
    const created = unverified.venues.map((v) => v.id);
    expect(created).toEqual([...created].sort((a, b) => a - b));
    expect(oldest.map((v) => v.id).slice(0, 2)).toEqual([ancient, old]);
    const days = oldest.map((v) => v.lastVerified ?? '');
    expect(days).toEqual([...days].sort());
    expect(oldest[0]).toMatchObject({ lastVerified: '2001-05-05', overdue: true, ageDays: 9338 });
    expect(oldest.find((v) => v.id === fresh)).toMatchObject({ lastVerified: '2026-11-20', overdue: false });

    // The count is of every overdue venue, not of the lines shown.
    const all = await payload.find({ collection: 'venues', pagination: false, depth: 0 });
    const cutoff = now.getTime() - 365 * 24 * 60 * 60 * 1000;
    const expected = all.docs.filter((v) => !v.lastVerifiedAt || Date.parse(v.lastVerifiedAt) < cutoff);
    expect(overdue).toBe(expected.length);
    expect(unverified.total).toBe(all.docs.filter((v) => !v.lastVerifiedAt).length);
    const short = await queue.staleVenues(reader(), { now, verifyAfterDays: 365, limit: 1 });
    expect(short.oldest.map((v) => v.id)).toEqual([ancient]);
    expect(short.never.venues).toHaveLength(1);
    expect(short.overdue).toBe(expected.length);

    // A longer age makes fewer venues overdue.
    const lenient = await queue.staleVenues(reader(), { now, verifyAfterDays: 3000, limit: 50 });
    expect(lenient.oldest.find((v) => v.id === old)?.overdue).toBe(false);
    expect(lenient.oldest.find((v) => v.id === ancient)?.overdue).toBe(true);
    expect(lenient.overdue).toBeLessThan(overdue);
  });

  it('counts open reports per venue, the most first, for editors only', async () => {
    const many = await venue('Muchos reportes');
    const one = await venue('Un reporte');
    const report = (id: number, status: 'new' | 'resolved' = 'new') =>
      payload.create({
        collection: 'reports',
        data: { venue: id, message: `Un dato equivocado ${suffix()}`, status },
        user: editor,
      });
    for (let i = 0; i < 3; i++) await report(many);
    await report(many, 'resolved');
    await report(one);
    await report(one, 'resolved');

    const counted = await queue.openReportsByVenue(reader(), { limit: 10 });
    const mine = counted.filter((line) => line.venue.id === many || line.venue.id === one);
    expect(mine.map((line) => [line.venue.id, line.open])).toEqual([
      [many, 3],
      [one, 1],
    ]);
    expect(mine[0]?.venue.title).toMatch(/^Muchos reportes /);
    expect(counted.map((line) => line.open)).toEqual(
      [...counted.map((line) => line.open)].sort((a, b) => b - a),
    );
    expect(await queue.openReportsByVenue({ payload, user: null }, { limit: 10 })).toEqual([]);
  });

  it('lists entries still missing English, most recently changed first', async () => {
    const spanishOnly = await venue('Sin inglés');
    const { total, entries } = await queue.untranslatedEntries(reader(), { limit: 10 });
    expect(entries[0]).toMatchObject({ collection: 'venues', id: spanishOnly });
    expect(entries[0]?.missing).toMatch(/^English missing: .*teaser/);
    const sorted = entries.map((entry) => entry.updatedAt);
    expect(sorted).toEqual([...sorted].sort().reverse());
    let expected = 0;
    for (const collection of ['venues', 'neighborhoods', 'guides', 'walks'] as const) {
      const { docs } = await payload.find({ collection, pagination: false, depth: 0 });
      expected += docs.filter((doc) => (doc.untranslated ?? '') !== '').length;
    }
    expect(total).toBe(expected);
    // Complete entries (the sample content has its English) are not in the list.
    const complete = await payload.find({
      collection: 'venues',
      where: { untranslated: { equals: '' } },
      limit: 1,
    });
    expect(complete.docs).toHaveLength(1);
    expect(entries.map((entry) => entry.id)).not.toContain(complete.docs[0]?.id);
  });

  it('lists publishes scheduled from now on, soonest first, naming each entry', async () => {
    const later = await venue('Programada');
    const sooner = await venue('Despublicada');
    const at = (hours: number) => new Date(Date.now() + hours * 60 * 60 * 1000).toISOString();
    const schedule = (id: number, type: 'publish' | 'unpublish', waitUntil: string) =>
      payload.jobs.queue({
        task: 'schedulePublish',
        input: {
          type,
          doc: { relationTo: 'venues', value: String(id) },
          user: { relationTo: 'users', value: editor.id },
        },
        waitUntil: new Date(waitUntil),
      } as never);
    await schedule(later, 'publish', at(48));
    await schedule(sooner, 'unpublish', at(24));
    await schedule(sooner, 'publish', at(-1));
    const done = await schedule(later, 'unpublish', at(30));
    await payload.update({
      collection: 'payload-jobs',
      id: (done as { id: number }).id,
      data: { completedAt: new Date().toISOString() },
    });

    const upcoming = await queue.upcomingPublishes(reader(), { now: new Date(), limit: 10 });
    expect(upcoming.map(({ id, action }) => [id, action])).toEqual([
      [sooner, 'unpublish'],
      [later, 'publish'],
    ]);
    expect(upcoming[0]?.title).toMatch(/^Despublicada /);
    expect(Date.parse(upcoming[0]?.at ?? '')).toBeGreaterThan(Date.now());
    expect(await queue.upcomingPublishes({ payload, user: null }, { now: new Date(), limit: 10 })).toEqual(
      [],
    );
  });

  it("the migration's backfill gives existing venues the date the hook would", async () => {
    const { fillLastVerified } = await import('../src/migrations/20261128_152431_editors_queue');
    const checked = await venue('Migrada', ['2023-04-05', '2022-12-31']);
    const unchecked = await venue('Sin datos');
    const db = new pg.Client({ connectionString: own?.databaseUrl });
    await db.connect();
    try {
      await db.query('UPDATE venues SET last_verified_at = NULL');
      await db.query('UPDATE _venues_v SET version_last_verified_at = NULL');
      await db.query(fillLastVerified);
      const { rows } = await db.query<{ id: number; last_verified_at: Date | null }>(
        'SELECT id, last_verified_at FROM venues WHERE id = any($1)',
        [[checked, unchecked]],
      );
      const byId = new Map(rows.map((row) => [row.id, row.last_verified_at?.toISOString() ?? null]));
      expect(byId.get(checked)).toBe('2022-12-31T12:00:00.000Z');
      expect(byId.get(unchecked)).toBeNull();
      const versions = await db.query<{ at: Date }>(
        'SELECT version_last_verified_at AS at FROM _venues_v WHERE parent_id = $1',
        [checked],
      );
      expect(versions.rows.map((row) => row.at?.toISOString())).toContain('2022-12-31T12:00:00.000Z');
    } finally {
      await db.end();
    }
    const read = await payload.findByID({ collection: 'venues', id: checked, depth: 0 });
    expect(read.lastVerifiedAt).toBe('2022-12-31T12:00:00.000Z');
  });
});
