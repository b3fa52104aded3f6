import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** The seed on a database of its own, through Payload's local API. */
describe('the sample-content seed', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'paseo-seed-test-'));
  let payload: Payload;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    process.env.PASEO_DATA_DIR = dataDir;
    delete process.env.DATABASE_URL;
    const { openDatabase } = await import('../scripts/database');
    const database = await openDatabase();
    process.env.DATABASE_URL = database.url;
    const { closePayload, openPayload } = await import('../scripts/openPayload');
    const { migrateDatabase } = await import('../scripts/migrateDatabase');
    payload = await openPayload();
    await migrateDatabase(payload);
    stop = async () => {
      await closePayload(payload);
      await database.stop();
    };
  });

  afterAll(async () => {
    await stop?.();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const snapshot = async () => {
    const result: Record<string, string[]> = {};
    for (const collection of ['venues', 'neighborhoods', 'categories', 'guides', 'media', 'users'] as const) {
      const { docs } = await payload.find({ collection, limit: 0, pagination: false, depth: 0, draft: true });
      result[collection] = docs.map((doc) => `${doc.id}@${doc.updatedAt}`).sort();
    }
    return result;
  };

  it('loads every place, neighborhood, guide and category, in both languages', async () => {
    const { seed } = await import('../src/seed');
    const { venues, neighborhoods, guides, categoryFixtures } = await import('@paseo/domain/fixtures');
    const report = await seed(payload);
    expect(report.skipped).toEqual([]);
    const counts = await snapshot();
    expect(counts.venues).toHaveLength(venues.length);
    expect(counts.neighborhoods).toHaveLength(neighborhoods.length);
    expect(counts.guides).toHaveLength(guides.length);
    expect(counts.categories).toHaveLength(categoryFixtures.length);
    const trotsky = await payload.find({
      collection: 'venues',
      where: { slug: { equals: 'museo-casa-de-leon-trotsky' } },
      locale: 'all',
      depth: 0,
    });
    const doc = trotsky.docs[0] as unknown as { name: { es: string; en: string }; _status: string };
    expect(doc.name.es).toBe('Museo Casa de León Trotsky');
    expect(doc.name.en).toMatch(/Trotsky House Museum/);
    expect(doc._status).toBe('published');
  });

  it('changes nothing when run again', async () => {
    const { seed } = await import('../src/seed');
    const before = await snapshot();
    const report = await seed(payload);
    expect(report.created).toEqual([]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a database marked as production', async () => {
    const { seed } = await import('../src/seed');
    await expect(seed(payload, { PASEO_ENV: 'production' })).rejects.toThrow(/production/);
  });
});
