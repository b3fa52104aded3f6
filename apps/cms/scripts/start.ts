/**
 * Starts the CMS as in production: the database (embedded unless DATABASE_URL is set), pending
 * migrations (verified), the sample content on a fresh local database, then `next start`.
 * Ctrl-C stops the server and the database cleanly.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from './database';
import { migrateDatabase } from './migrateDatabase';
import { oneAtATime } from './oneAtATime';
import { closePayload, openPayload } from './openPayload';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.CMS_PORT || '3001';

console.log('cms: opening the database…');
const database = await openDatabase();
process.env.DATABASE_URL = database.url;
console.log(
  `cms: database ready (${database.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'}); applying migrations…`,
);

// Migrations and the seed read what they have just written: they use the primary alone.
const replicaUrls = process.env.DATABASE_REPLICA_URLS;
delete process.env.DATABASE_REPLICA_URLS;
const payload = await openPayload();
try {
  await migrateDatabase(payload);
  // Sample content goes only into the project's own database, never into one it was pointed at.
  if (database.embedded || process.env.PASEO_SEED === '1') {
    const { seed } = await import('../src/seed');
    const report = await oneAtATime(payload, 'paseo:seed', () => seed(payload));
    if (report.created.length > 0) payload.logger.info(`Loaded ${report.created.length} sample entries.`);
  }
} catch (error) {
  await closePayload(payload);
  await database.stop();
  throw error;
}
await closePayload(payload);

// Serves the built app like `next start`, but tells it each client's real address, which the
// rate limits count by (see packages/server).
const serveScript = fileURLToPath(import.meta.resolve('@paseo/server/serve'));
const server = spawn(process.execPath, [serveScript, '--port', port], {
  cwd: appDir,
  stdio: 'inherit',
  env: {
    ...process.env,
    ...(replicaUrls ? { DATABASE_REPLICA_URLS: replicaUrls } : {}),
    NODE_ENV: 'production',
    PASEO_RUN_JOBS: '1',
    NEXT_TELEMETRY_DISABLED: '1',
  },
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  server.kill('SIGTERM');
  const killTimer = setTimeout(() => server.kill('SIGKILL'), 5000);
  await new Promise((resolve) => (server.exitCode === null ? server.once('exit', resolve) : resolve(null)));
  clearTimeout(killTimer);
  await database.stop();
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
server.on('exit', (code) => void stop(code ?? 1));
console.log(`Paseo CMS: http://localhost:${port}/admin (API at /api)`);
