/**
 * Backups of the CMS's data: the database and the uploads, together in one folder.
 *
 *   <backup>/manifest.json      what is inside: tables and row counts, every upload with its size and SHA-256
 *   <backup>/database/          schema.json (the statements) and data/NNNN.copy (COPY text, one per table)
 *   <backup>/media/             the uploads, as they are on disk
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { mediaDir } from '../../src/env';
import { dataDir, openDatabase } from '../database';
import { type DatabaseManifest, dumpDatabase, existingTables, loadDatabase } from './databaseCopy';

export const backupFormat = 'paseo-backup/1';

export type MediaFile = { path: string; bytes: number; sha256: string };

export type Manifest = {
  format: typeof backupFormat;
  createdAt: string;
  database: DatabaseManifest;
  media: { files: MediaFile[]; bytes: number };
};

/** A refusal the person running the command can act on: printed without a stack trace. */
export class Refusal extends Error {}

type Connection = { url: string; description: string; close: () => Promise<void> };

/** The PID file of a running PostgreSQL names its port on the fourth line. */
function runningEmbeddedPort(databaseDir: string): number | undefined {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const [pid, , , port] = readFileSync(pidFile, 'utf8').split('\n');
  try {
    process.kill(Number(pid), 0);
  } catch {
    return undefined;
  }
  return Number(port) || undefined;
}

/**
 * The configured database: DATABASE_URL; else the embedded one, used where it already runs (a
 * second server cannot open the same files) or started for the length of the command.
 */
async function connect({ mayCreate }: { mayCreate: boolean }): Promise<Connection> {
  if (process.env.DATABASE_URL) {
    return {
      url: process.env.DATABASE_URL,
      description: 'the database at DATABASE_URL',
      close: async () => {},
    };
  }
  const databaseDir = path.join(dataDir, 'postgres');
  const port = runningEmbeddedPort(databaseDir);
  if (port !== undefined) {
    return {
      url: `postgres://paseo:paseo@127.0.0.1:${port}/paseo`,
      description: `the running embedded database in ${databaseDir}`,
      close: async () => {},
    };
  }
  if (!mayCreate && !existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    throw new Refusal(`There is no database in ${databaseDir} (PASEO_DATA_DIR) and DATABASE_URL is not set.`);
  }
  const database = await openDatabase();
  return { url: database.url, description: `the embedded database in ${databaseDir}`, close: database.stop };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function filesUnder(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const relative = path.join(prefix, entry.name);
      if (entry.isDirectory()) return filesUnder(path.join(dir, entry.name), relative);
      return entry.isFile() ? [relative] : [];
    })
    .sort();
}

function copyFiles(from: string, to: string, files: string[]): MediaFile[] {
  mkdirSync(to, { recursive: true });
  return files.map((file) => {
    mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    copyFileSync(path.join(from, file), path.join(to, file));
    const bytes = readFileSync(path.join(to, file));
    return { path: file, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
}

export type BackupResult = { dir: string; manifest: Manifest; milliseconds: number; source: string };

/**
 * Writes a backup to `out` (default `$PASEO_DATA_DIR/backups/paseo-<time>`). It is written beside
 * its final name and renamed at the end, so a backup that stopped half-way never looks complete.
 * The database goes first: an upload it names was on disk before its row was committed, so the
 * media copied afterwards holds every file the database refers to.
 */
export async function backup({ out }: { out?: string } = {}): Promise<BackupResult> {
  const started = Date.now();
  const createdAt = new Date(started).toISOString();
  const dir = path.resolve(out ?? path.join(dataDir, 'backups', `paseo-${createdAt.replace(/[:.]/g, '-')}`));
  if (existsSync(dir)) throw new Refusal(`${dir} already exists; choose another place for the backup.`);
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const connection = await connect({ mayCreate: false });
  try {
    const database = await withClient(connection.url, (client) =>
      dumpDatabase(client, path.join(partial, 'database')),
    );
    const uploads = mediaDir();
    const files = copyFiles(uploads, path.join(partial, 'media'), filesUnder(uploads));
    const manifest: Manifest = {
      format: backupFormat,
      createdAt,
      database,
      media: { files, bytes: files.reduce((sum, file) => sum + file.bytes, 0) },
    };
    writeFileSync(path.join(partial, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    renameSync(partial, dir);
    return { dir, manifest, milliseconds: Date.now() - started, source: connection.description };
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw error;
  } finally {
    await connection.close();
  }
}

export function readManifest(dir: string): Manifest {
  const file = path.join(dir, 'manifest.json');
  if (!existsSync(file)) throw new Refusal(`${dir} is not a backup: it has no manifest.json.`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  if (manifest.format !== backupFormat) {
    throw new Refusal(
      `${dir} is a backup of format ${String(manifest.format)}; this version reads ${backupFormat}.`,
    );
  }
  return manifest;
}

/** server_version_num is major × 10000 + minor. */
const major = (versionNum: number) => Math.floor(versionNum / 10_000);

export type RestoreOptions = {
  /** Replace a database that has tables, uploads already on disk, or a database others are using. */
  force?: boolean;
  /** Restore even where PASEO_ENV=production marks the database as production. */
  forceProduction?: boolean;
};

export type RestoreResult = { target: string; mediaDir: string; milliseconds: number; replaced: boolean };

/**
 * Restores a backup into the configured database and uploads folder. The database is loaded in
 * one transaction (all or nothing); the uploads are copied beside their folder, checked against
 * the manifest, and only then put in its place.
 */
export async function restore(dir: string, options: RestoreOptions = {}): Promise<RestoreResult> {
  const started = Date.now();
  const manifest = readManifest(dir);
  if (process.env.PASEO_ENV === 'production' && !options.forceProduction) {
    throw new Refusal(
      'Refusing to restore: PASEO_ENV=production marks this database as production. ' +
        'If replacing it is really meant, run again with --force-production.',
    );
  }
  const uploads = mediaDir();
  const connection = await connect({ mayCreate: true });
  try {
    const replaced = await withClient(connection.url, async (client) => {
      const tables = await existingTables(client);
      const { rows } = await client.query<{ others: string; version: string }>(
        `select count(*) filter (where pid <> pg_backend_pid() and datname = current_database()) as others,
                current_setting('server_version_num') as version from pg_stat_activity`,
      );
      const others = Number(rows[0]?.others);
      const problems = [
        tables.length > 0 ? `${connection.description} already has ${tables.length} tables` : '',
        filesUnder(uploads).length > 0 ? `the uploads folder ${uploads} already holds files` : '',
        others > 0 ? `${others} other connections use the database (is the CMS running?)` : '',
        major(Number(rows[0]?.version)) < major(manifest.database.serverVersionNum)
          ? `the server is an older PostgreSQL than the one backed up (${manifest.database.serverVersion})`
          : '',
      ].filter(Boolean);
      if (problems.length > 0 && !options.force) {
        throw new Refusal(
          `Refusing to restore: ${problems.join('; ')}. Run again with --force to replace what is there.`,
        );
      }
      await loadDatabase(client, path.join(dir, 'database'), manifest.database, {
        replace: tables.length > 0,
      });
      return tables.length > 0;
    });
    restoreMedia(path.join(dir, 'media'), uploads, manifest.media.files);
    return {
      target: connection.description,
      mediaDir: uploads,
      milliseconds: Date.now() - started,
      replaced,
    };
  } finally {
    await connection.close();
  }
}

function restoreMedia(from: string, mediaDir: string, expected: MediaFile[]): void {
  const incoming = `${mediaDir}.restoring`;
  rmSync(incoming, { recursive: true, force: true });
  const copied = copyFiles(
    from,
    incoming,
    expected.map((file) => file.path),
  );
  for (const [index, file] of copied.entries()) {
    if (file.sha256 !== expected[index]?.sha256) {
      rmSync(incoming, { recursive: true, force: true });
      throw new Error(`The upload ${file.path} in the backup does not match its checksum in manifest.json.`);
    }
  }
  rmSync(mediaDir, { recursive: true, force: true });
  renameSync(incoming, mediaDir);
}
