/**
 * Payload on an embedded database of its own (in a new temporary folder), migrated, for tests that
 * call its local API. `close` stops both and removes the folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Payload } from 'payload';

export type OwnPayload = { payload: Payload; databaseUrl: string; close(): Promise<void> };

export async function openOwnPayload(name: string): Promise<OwnPayload> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `paseo-${name}-`));
  process.env.PASEO_DATA_DIR = dataDir;
  delete process.env.DATABASE_URL;
  const { openDatabase } = await import('../scripts/database');
  const database = await openDatabase();
  process.env.DATABASE_URL = database.url;
  const { closePayload, openPayload } = await import('../scripts/openPayload');
  const { migrateDatabase } = await import('../scripts/migrateDatabase');
  const payload = await openPayload();
  await migrateDatabase(payload);
  return {
    payload,
    databaseUrl: database.url,
    close: async () => {
      await closePayload(payload);
      await database.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
