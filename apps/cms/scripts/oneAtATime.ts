import type { PostgresAdapter } from '@payloadcms/db-postgres';
import type { Payload } from 'payload';

/**
 * Runs `work` holding a PostgreSQL advisory lock named `name`, so CMS processes that start at the
 * same time on one database take turns: the second finds the migrations applied (or the sample
 * content loaded) by the first, instead of running them beside it and failing on what the first
 * created. The lock belongs to one connection held for the purpose and ends with it, also when the
 * process dies.
 */
export async function oneAtATime<T>(payload: Payload, name: string, work: () => Promise<T>): Promise<T> {
  const connection = await (payload.db as unknown as PostgresAdapter).pool.connect();
  try {
    // Waiting is one statement, which the pool's 15 s statement timeout would cancel while another
    // process loads the sample content; this connection is closed afterwards, not reused.
    await connection.query('SET statement_timeout = 0');
    await connection.query('SELECT pg_advisory_lock(hashtext($1))', [name]);
    try {
      return await work();
    } finally {
      await connection.query('SELECT pg_advisory_unlock(hashtext($1))', [name]);
    }
  } finally {
    connection.release(true);
  }
}
