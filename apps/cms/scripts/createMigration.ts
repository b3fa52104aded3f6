/**
 * Writes a migration for the schema changes since the last one: `npm run migrate:create -- name`.
 * It diffs against the migrations folder, on a throwaway embedded database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const name = process.argv[2] ?? 'change';
const scratch = mkdtempSync(path.join(os.tmpdir(), 'paseo-migration-'));
process.env.PASEO_DATA_DIR = scratch;
delete process.env.DATABASE_URL;
const { withPayload } = await import('./openPayload');
try {
  await withPayload(async (payload) => {
    await payload.db.createMigration({
      payload,
      migrationName: name,
      forceAcceptWarning: true,
      skipEmpty: true,
    });
  });
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
// Payload leaves timers behind; the work is done.
process.exit(0);
