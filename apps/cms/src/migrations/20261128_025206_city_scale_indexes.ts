import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Indexes for a city's worth of venues, each for a read that scanned a whole table at 10,000 venues
 * (bench/query-plans.ts prints the plans with and without them):
 *
 * - the site's nearby cards ask for a latitude/longitude box;
 * - `where[searchText][like]` and the admin's list search (`name` or `slug`, on the drafts it lists)
 *   ask for words anywhere in a text, which Payload sends as `ilike '%word%'`: only a trigram index
 *   serves that (a b-tree cannot, and refused long search texts outright, see 20261127_214525).
 *
 * They are SQL of their own because Payload's field options can declare neither a trigram index
 * nor a two-column one outside a collection's `indexes`; Payload's schema snapshot does not list
 * them, so a dev-mode schema push (never used on migrated databases) would drop them. pg_trgm is a
 * trusted extension: the database's owner may create it.
 */
export const cityIndexes = [
  {
    name: 'venues_location_idx',
    definition: 'CREATE INDEX "venues_location_idx" ON "venues" USING btree ("location_latitude", "location_longitude")',
  },
  {
    name: 'venues_search_text_trgm_idx',
    definition: 'CREATE INDEX "venues_search_text_trgm_idx" ON "venues" USING gin ("search_text" gin_trgm_ops)',
  },
  {
    name: '_venues_v_locales_version_name_trgm_idx',
    definition:
      'CREATE INDEX "_venues_v_locales_version_name_trgm_idx" ON "_venues_v_locales" USING gin ("version_name" gin_trgm_ops)',
  },
  {
    name: '_venues_v_locales_version_slug_trgm_idx',
    definition:
      'CREATE INDEX "_venues_v_locales_version_slug_trgm_idx" ON "_venues_v_locales" USING gin ("version_slug" gin_trgm_ops)',
  },
] as const

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`)
  for (const index of cityIndexes) await db.execute(sql.raw(index.definition))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // pg_trgm stays: dropping an extension is for whoever may use it besides these indexes.
  for (const index of cityIndexes) await db.execute(sql.raw(`DROP INDEX IF EXISTS "${index.name}"`))
}
