/**
 * `npm run db:backup [-- --out <folder>]`: the database and the uploads, into one folder
 * (default `.data/backups/paseo-<time>`). See backups.ts for what is inside.
 */
import { parseArgs } from 'node:util';
import { backup } from './backups';
import { fromCaller, megabytes, runCommand } from './cli';

await runCommand(async () => {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const result = await backup({ out: values.out === undefined ? undefined : fromCaller(values.out) });
  const { database, media } = result.manifest;
  const rows = database.tables.reduce((sum, table) => sum + table.rows, 0);
  console.log(
    `Backed up ${result.source} (PostgreSQL ${database.serverVersion}: ${database.tables.length} tables, ` +
      `${rows} rows) and ${media.files.length} uploads (${megabytes(media.bytes)}) in ${result.milliseconds} ms.`,
  );
  console.log(`Backup: ${result.dir}`);
  if (process.env.S3_BUCKET) {
    // Uploads in a bucket are not on this machine; the bucket is kept by its own means (docs/deploy.md).
    console.warn(`Uploads are in the bucket ${process.env.S3_BUCKET}: this backup does not hold them.`);
  }
});
