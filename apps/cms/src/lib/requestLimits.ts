import type { PostgresAdapterArgs } from '@payloadcms/db-postgres';
import { index, integer, pgTable, timestamp, varchar } from '@payloadcms/db-postgres/drizzle/pg-core';
import type { Payload } from 'payload';

/**
 * Counters for rate limits, kept in PostgreSQL so that every CMS process sharing the database
 * counts the same requests. One row per key (`login-client:203.0.113.7`), counting hits in a fixed
 * window that starts with the key's first hit.
 */
const requestLimits = pgTable(
  'request_limits',
  {
    key: varchar('key', { length: 400 }).primaryKey(),
    hits: integer('hits').notNull(),
    windowEndsAt: timestamp('window_ends_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (table) => [index('request_limits_window_ends_at_idx').on(table.windowEndsAt)],
);

type SchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number];

/** Adds the counters' table to Payload's schema, so migrations create it (and dev push too). */
export const addRequestLimitsTable: SchemaHook = ({ schema }) => ({
  ...schema,
  tables: { ...schema.tables, request_limits: requestLimits },
});

export type Limit = { max: number; windowSeconds: number };
export type LimitState = { hits: number; exceeded: boolean; retryAfterSeconds: number };

type Pool = { query: (text: string, values: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> };
const poolOf = (payload: Payload) => (payload.db as unknown as { pool: Pool }).pool;

// One statement, so concurrent hits from several processes cannot both slip under the limit.
const HIT = `
  INSERT INTO request_limits AS counter (key, hits, window_ends_at)
  VALUES ($1, 1, now() + make_interval(secs => $2))
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN counter.window_ends_at <= now() THEN 1 ELSE counter.hits + 1 END,
    window_ends_at = CASE WHEN counter.window_ends_at <= now() THEN excluded.window_ends_at
                          ELSE counter.window_ends_at END
  RETURNING hits, ceil(extract(epoch FROM counter.window_ends_at - now()))::int AS retry_after`;

/** Counts one hit on `key` and says whether it went over the limit. */
export async function hitLimit(payload: Payload, key: string, limit: Limit): Promise<LimitState> {
  const pool = poolOf(payload);
  const { rows } = await pool.query(HIT, [key.slice(0, 400), limit.windowSeconds]);
  const hits = Number(rows[0]?.hits ?? 1);
  // Now and then, drop counters whose window ended long ago.
  if (Math.random() < 0.01) {
    await pool.query(`DELETE FROM request_limits WHERE window_ends_at < now() - interval '1 day'`, []);
  }
  return {
    hits,
    exceeded: hits > limit.max,
    retryAfterSeconds: Math.max(1, Number(rows[0]?.retry_after ?? limit.windowSeconds)),
  };
}

/** Takes one hit back (a login that turned out to be right). */
export async function releaseHit(payload: Payload, key: string): Promise<void> {
  await poolOf(payload).query('UPDATE request_limits SET hits = greatest(hits - 1, 0) WHERE key = $1', [
    key.slice(0, 400),
  ]);
}

/** Forgets every hit on `key`. */
export async function resetLimit(payload: Payload, key: string): Promise<void> {
  await poolOf(payload).query('DELETE FROM request_limits WHERE key = $1', [key.slice(0, 400)]);
}
