/**
 * Loads a city's worth of made-up venues on top of the sample content:
 * `npm run generate:venues -- 10000` (default 1000; a second number sets how many transactions
 * run at once, default 3). Into the project's own database, as
 * `npm start` uses it (stop the CMS first: one server owns its files), or into DATABASE_URL.
 * The same count gives the same venues; venues already there are skipped.
 */
import { migrateDatabase } from '../migrateDatabase';
import { withPayload } from '../openPayload';
import { loadCityVenues } from './loadCityVenues';

const count = Number(process.argv[2] ?? 1000);
const concurrency = Number(process.argv[3] ?? 3);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(concurrency) || concurrency < 1) {
  console.error('Usage: npm run generate:venues -- <how many venues, e.g. 10000> [transactions at once]');
  process.exit(2);
}
if (process.env.PASEO_ENV === 'production') {
  console.error('Refusing to generate venues: PASEO_ENV=production marks this database as production.');
  process.exit(2);
}

// Sample content goes only into the project's own database, never into one it was pointed at (as
// `npm start` decides); there, it must be loaded already.
const seedFirst = !process.env.DATABASE_URL || process.env.PASEO_SEED === '1';

await withPayload(async (payload) => {
  await migrateDatabase(payload);
  if (seedFirst) {
    const { seed } = await import('../../src/seed');
    await seed(payload);
  }
  console.log(`Generating ${count} venues (${concurrency} transactions at a time)…`);
  let reported = 0;
  const report = await loadCityVenues(payload, {
    count,
    concurrency,
    onProgress: ({ done, total, created, seconds }) => {
      // About every tenth of the way, and at the end.
      if (done < total && done - reported < total / 10) return;
      reported = done;
      console.log(
        `  ${done}/${total} (${created} new) in ${seconds.toFixed(1)} s: ${(created / seconds || 0).toFixed(1)} venues/s`,
      );
    },
  });
  console.log(
    `Done: ${report.created} venues created, ${report.skipped} already there, in ${report.seconds.toFixed(1)} s ` +
      `(${(report.created / report.seconds || 0).toFixed(1)} venues/s).`,
  );
});
// Payload leaves timers behind; the work is done.
process.exit(0);
