import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../scripts/database';
import { migrations } from '../src/migrations';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The built migration program (`npm run migrate`), as each CMS process runs it when it starts. */
function migrate(databaseUrl: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--conditions=production', 'build/migrate.mjs'], {
      cwd: appDir,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('CMS processes starting together on a new database', () => {
  let database: Database | undefined;
  let dataDir = '';

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'paseo-concurrent-migrations-'));
    process.env.PASEO_DATA_DIR = dataDir;
    delete process.env.DATABASE_URL;
    const { openDatabase } = await import('../scripts/database');
    database = await openDatabase();
  });

  afterAll(async () => {
    await database?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('take turns at the migrations: both start, and each migration runs once', async () => {
    const url = database?.url ?? '';
    const runs = await Promise.all([migrate(url), migrate(url), migrate(url)]);
    for (const run of runs) expect(run.code, run.output.slice(-2_000)).toBe(0);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string; runs: number }>(
        'SELECT name, count(*)::int AS runs FROM payload_migrations GROUP BY name ORDER BY name',
      );
      expect(rows).toEqual(migrations.map(({ name }) => ({ name, runs: 1 })));
    } finally {
      await client.end();
    }
  });
  it('wait as long as another takes, past the 15 s statement limit every connection has', async () => {
    const url = database?.url ?? '';
    const holder = new pg.Client({ connectionString: url });
    await holder.connect();
    try {
      // Another process migrating (or loading the sample content) for 17 s.
      await holder.query("SELECT pg_advisory_lock(hashtext('paseo:migrations'))");
      const started = Date.now();
      const waiting = migrate(url);
      setTimeout(() => {
        holder.query("SELECT pg_advisory_unlock(hashtext('paseo:migrations'))").catch(() => {});
      }, 17_000);
      const run = await waiting;
      expect(run.code, run.output.slice(-2_000)).toBe(0);
      expect(Date.now() - started).toBeGreaterThanOrEqual(17_000);
    } finally {
      await holder.end();
    }
  }, 60_000);
});
