/** Loads the Coyoacán sample content: `npm run seed -w @paseo/cms`. Safe to run twice. */
import { migrateDatabase } from './migrateDatabase';
import { withPayload } from './openPayload';

await withPayload(async (payload) => {
  await migrateDatabase(payload);
  const { seed } = await import('../src/seed');
  const report = await seed(payload);
  payload.logger.info(`Seed: ${report.created.length} created, ${report.skipped.length} already there.`);
});
// Payload leaves timers behind; the work is done.
process.exit(0);
