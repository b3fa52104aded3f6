import type { Migration, Payload } from 'payload';
import { migrations } from '../src/migrations';
import { oneAtATime } from './oneAtATime';

/**
 * Runs pending migrations, one CMS process at a time, then checks that every one is recorded:
 * Payload's CLI has been seen to exit 0 having done nothing, so success is verified, not assumed.
 */
export async function migrateDatabase(payload: Payload): Promise<void> {
  // Two processes migrating one new database at once: one failed on a type the other had created.
  await oneAtATime(payload, 'paseo:migrations', () =>
    // Generated migrations type their arguments more narrowly than Payload's `Migration`.
    payload.db.migrate({ migrations: migrations as unknown as Migration[] }),
  );
  const { docs } = await payload.find({
    collection: 'payload-migrations',
    limit: 0,
    pagination: false,
    depth: 0,
  });
  const applied = new Set(docs.map((doc) => doc.name));
  const missing = migrations.filter((migration) => !applied.has(migration.name)).map((m) => m.name);
  if (missing.length > 0) {
    throw new Error(`Migrations did not run: ${missing.join(', ')}`);
  }
  payload.logger.info(`Database schema is current (${migrations.length} migrations applied).`);
}
