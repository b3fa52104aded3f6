import type { VenueInput } from '@paseo/domain';
import type { Payload } from 'payload';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Refs } from '../src/lib/venueData';
import { type OwnPayload, openOwnPayload } from './ownPayload';

type Row = Record<string, unknown>;

/** Columns whose values differ between any two saves: keys, row ids, clocks. */
const incidental = new Set([
  'id',
  '_parent_id',
  'parent_id',
  '_uuid',
  'created_at',
  'updated_at',
  'version_created_at',
  'version_updated_at',
]);

/**
 * Every row a venue owns, table by table (its languages, arrays and their languages, relations,
 * versions and theirs), found through the foreign keys that point at it, without incidental columns.
 */
async function rowsOf(db: pg.Client, venueId: number, slugSuffix: string): Promise<Record<string, string[]>> {
  const { rows: links } = await db.query<{ child: string; column: string; parent: string }>(`
    select conrelid::regclass::text as child, a.attname as column, confrelid::regclass::text as parent
    from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
    where c.contype = 'f' and a.attname in ('_parent_id', 'parent_id')
      and (conrelid::regclass::text like 'venues%' or conrelid::regclass::text like '\\_venues\\_v%')`);
  const result: Record<string, string[]> = {};
  const visit = async (table: string, ids: unknown[], key: string) => {
    const { rows } = await db.query<Row>(`select * from "${table}" where "${key}" = any ($1)`, [ids]);
    result[table] = rows
      .map((row) =>
        JSON.stringify(
          Object.entries(row)
            .filter(([column]) => !incidental.has(column))
            .map(([column, value]) => [
              column,
              typeof value === 'string' && column.endsWith('slug') ? value.replace(slugSuffix, '') : value,
            ])
            .sort(([a], [b]) => String(a).localeCompare(String(b))),
        ),
      )
      .sort();
    for (const link of links.filter((l) => l.parent === table)) {
      await visit(
        link.child,
        rows.map((row) => row.id),
        link.column,
      );
    }
  };
  await visit('venues', [venueId], 'id');
  return result;
}

/** The writes of `npm run generate:venues`, held against the local API's on the same venues. */
describe('generated venues written straight through the database adapter', () => {
  let payload: Payload;
  let db: pg.Client;
  let refs: Refs;
  let own: OwnPayload | undefined;

  beforeAll(async () => {
    own = await openOwnPayload('generated-test');
    payload = own.payload;
    const { seed } = await import('../src/seed');
    await seed(payload);
    const { sampleRefs } = await import('../scripts/generateVenues/loadCityVenues');
    refs = await sampleRefs(payload);
    db = new pg.Client({ connectionString: own.databaseUrl });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await own?.close();
  });

  it('leaves the same rows as an editor saving each venue in Spanish, then in English', async () => {
    const { generateCityVenues } = await import('../src/seed/city/venues');
    const { writeVenue } = await import('../src/lib/venueData');
    const { writeVenues } = await import('../scripts/generateVenues/writeVenues');
    // One venue of every category (with and without hours, prices, tips, guides), and the first
    // with a closure and the first with free days, so every table a venue can fill is compared.
    const city = generateCityVenues(300);
    const sample = [
      ...new Set([
        ...new Map(city.map((venue) => [venue.category, venue])).values(),
        ...[
          city.find((venue) => venue.openingHours?.closures?.length),
          city.find((venue) => venue.admission?.freeDays?.length),
        ].filter((venue) => venue !== undefined),
      ]),
    ];
    expect(new Set(sample.map((venue) => venue.category)).size).toBe(12);
    const suffix = '-direct';
    const renamed = (venue: VenueInput): VenueInput => ({
      ...venue,
      slug: { es: `${venue.slug.es}${suffix}`, en: `${venue.slug.en}${suffix}` },
    });
    await writeVenues(payload, sample.map(renamed), refs);
    const tablesWithRows = new Set<string>();
    for (const venue of sample) {
      const byApi = Number(
        await writeVenue(payload, { venue, refs, status: 'published', context: { seeding: true } }),
      );
      const { rows } = await db.query<{ id: number }>(
        `select _parent_id as id from venues_locales where slug = $1 and _locale = 'es'`,
        [`${venue.slug.es}${suffix}`],
      );
      const direct = rows[0]?.id;
      expect(direct, venue.slug.es).toBeTypeOf('number');
      const expected = await rowsOf(db, byApi, suffix);
      expect(await rowsOf(db, direct as number, suffix), venue.slug.es).toEqual(expected);
      for (const [table, rows] of Object.entries(expected)) if (rows.length > 0) tablesWithRows.add(table);
    }
    // The comparison means something only if the sample fills most of the venue's tables (all but
    // the fact checks, which generated venues do not claim).
    expect(tablesWithRows.size).toBeGreaterThanOrEqual(25);
  });

  it('reads back through the local API as the same venue, published', async () => {
    const { generateCityVenues } = await import('../src/seed/city/venues');
    const { writeVenues } = await import('../scripts/generateVenues/writeVenues');
    const [venue] = generateCityVenues(1, { seed: 99 });
    if (!venue) throw new Error('no venue');
    await writeVenues(payload, [venue], refs);
    const { docs } = await payload.find({
      collection: 'venues',
      where: { slug: { equals: venue.slug.es } },
      locale: 'all',
      depth: 0,
    });
    const doc = docs[0] as unknown as {
      name: unknown;
      teaser: unknown;
      _status: string;
      untranslated: string;
    };
    expect(doc.name).toEqual(venue.name);
    expect(doc.teaser).toEqual(venue.teaser);
    expect(doc._status).toBe('published');
    expect(doc.untranslated).toBe('');
  });
});
