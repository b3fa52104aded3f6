/**
 * `npm start`: builds what changed, then runs the CMS (http://localhost:3001/admin) and the public
 * site (http://localhost:3000) on the project's own PostgreSQL, with the Coyoacán sample content.
 * Data, uploads and generated secrets stay in `.data/` between runs. Ctrl-C stops everything.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { newSecret, newSecrets, type Secrets, startStack } from './stack';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(process.env.PASEO_DATA_DIR ?? path.join(repoRoot, '.data'));
mkdirSync(dataDir, { recursive: true });

/** Secrets are made once per machine and kept, so logins survive a restart. */
function localSecrets(): Secrets {
  const file = path.join(dataDir, 'secrets.json');
  const kept = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<Secrets>) : {};
  const secrets = { ...newSecrets(), ...kept };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

if (process.env.PASEO_SKIP_BUILD !== '1') {
  console.log('Building (turbo skips what has not changed)…');
  execFileSync(process.execPath, [path.join(repoRoot, 'node_modules/turbo/bin/turbo'), 'run', 'build'], {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', NEXT_TELEMETRY_DISABLED: '1' },
  });
}

const secrets = process.env.PAYLOAD_SECRET
  ? {
      payload: process.env.PAYLOAD_SECRET,
      revalidate: process.env.REVALIDATE_SECRET ?? newSecret(),
      preview: process.env.PREVIEW_SECRET ?? newSecret(),
      cmsApiKey: process.env.CMS_API_KEY ?? newSecret(),
    }
  : localSecrets();

console.log('Starting the database, the CMS and the site…');
const stack = await startStack({
  dataDir,
  cmsPort: Number(process.env.CMS_PORT ?? 3001),
  webPort: Number(process.env.WEB_PORT ?? 3000),
  secrets,
  echo: process.env.PASEO_QUIET !== '1',
});

console.log(`
Paseo is running.
  Public site:  ${stack.webUrl}
  CMS admin:    ${stack.cmsUrl}/admin   (admin@example.com / paseo-demo-admin, editor@example.com / paseo-demo-editor)
  API:          ${stack.cmsUrl}/api  (REST)  ${stack.cmsUrl}/api/graphql  (GraphQL)
Logs: ${stack.cmsLog}, ${stack.webLog}. Press Ctrl-C to stop.
`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping…');
    await stack.stop();
    process.exit(0);
  });
}
