/** What `npm start` and `npm run start:cluster` keep between runs on one machine: `.data/`. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { newSecret, newSecrets, repoRoot, type Secrets } from './stack';

/** Database, uploads, logs and secrets; PASEO_DATA_DIR moves them. */
export function localDataDir(): string {
  const dataDir = path.resolve(process.env.PASEO_DATA_DIR ?? path.join(repoRoot, '.data'));
  mkdirSync(dataDir, { recursive: true });
  return dataDir;
}

/**
 * Secrets from the environment when PAYLOAD_SECRET is set; otherwise made once per machine and
 * kept, so logins survive a restart.
 */
export function localSecrets(dataDir: string): Secrets {
  if (process.env.PAYLOAD_SECRET) {
    return {
      payload: process.env.PAYLOAD_SECRET,
      revalidate: process.env.REVALIDATE_SECRET ?? newSecret(),
      preview: process.env.PREVIEW_SECRET ?? newSecret(),
      cmsApiKey: process.env.CMS_API_KEY ?? newSecret(),
    };
  }
  const file = path.join(dataDir, 'secrets.json');
  const kept = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<Secrets>) : {};
  const secrets = { ...newSecrets(), ...kept };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

/** Builds both apps unless PASEO_SKIP_BUILD=1; turbo skips what has not changed. */
export function buildChanged(): void {
  if (process.env.PASEO_SKIP_BUILD === '1') return;
  console.log('Building (turbo skips what has not changed)…');
  execFileSync(process.execPath, [path.join(repoRoot, 'node_modules/turbo/bin/turbo'), 'run', 'build'], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', NEXT_TELEMETRY_DISABLED: '1' },
  });
}

/** Ctrl-C (or SIGTERM) stops what was started, once, then exits. */
export function stopOnSignal(running: { stop(): Promise<void> }): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, async () => {
      if (stopping) return;
      stopping = true;
      console.log('Stopping…');
      await running.stop();
      process.exit(0);
    });
  }
}
