/**
 * `npm run dev`: the CMS in development mode on a database of its own (`.data/postgres-dev`), whose
 * schema Payload pushes as collections change. That database never sees migrations, and the
 * migrated one `npm start` uses never sees a push: mixing the two makes `migrate` stop and ask.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from './database';
import { closePayload, openPayload } from './openPayload';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const database = await openDatabase({ name: 'postgres-dev' });
process.env.DATABASE_URL = database.url;
process.env.PASEO_DB_PUSH = '1';

const payload = await openPayload();
const { seed } = await import('../src/seed');
await seed(payload);
await closePayload(payload);

const nextBin = path.join(
  path.dirname(fileURLToPath(import.meta.resolve('next/package.json'))),
  'dist/bin/next',
);
const server = spawn(process.execPath, [nextBin, 'dev', '--port', process.env.CMS_PORT || '3001'], {
  cwd: appDir,
  stdio: 'inherit',
  env: { ...process.env, PASEO_RUN_JOBS: '1', NEXT_TELEMETRY_DISABLED: '1' },
});
const stop = async () => {
  server.kill('SIGTERM');
  await database.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
server.on('exit', () => void stop());
