import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The index behind /api/venues/nearest: venues as PostgreSQL's built-in points (longitude,
 * latitude) in a GiST index, which answers "the k nearest" by walking outward from a point instead
 * of reading every venue in a box (no PostGIS needed). The endpoint's ORDER BY repeats this
 * expression, which is what lets the planner use it. Written as SQL because Payload's field options
 * cannot declare an expression index; see 20261128_025206_city_scale_indexes for what that means
 * for a dev-mode schema push.
 */
export const nearestIndex = {
  name: 'venues_location_point_idx',
  definition:
    'CREATE INDEX "venues_location_point_idx" ON "venues" USING gist (point("location_longitude", "location_latitude"))',
} as const

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(nearestIndex.definition))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(`DROP INDEX IF EXISTS "${nearestIndex.name}"`))
}
