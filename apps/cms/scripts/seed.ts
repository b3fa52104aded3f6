/** Loads the Coyoacán sample content: `npm run seed -w @paseo/cms`. Safe to run twice. */
import { openDatabase } from './database';
import { migrateDatabase } from './migrate';
import { closePayload, openPayload } from './openPayload';

const database = await openDatabase();
process.env.DATABASE_URL = database.url;
const payload = await openPayload();
try {
  await migrateDatabase(payload);
  const { seed } = await import('../src/seed');
  const report = await seed(payload);
  payload.logger.info(`Seed: ${report.created.length} created, ${report.skipped.length} already there.`);
} finally {
  await closePayload(payload);
  await database.stop();
}
// Payload leaves timers behind; the work is done.
process.exit(0);
