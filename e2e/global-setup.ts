import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Stack, startStack } from '../scripts/stack';
import { chromiumPath, chromiumVersion } from './support/browser';
import { demoUsers } from './support/sample';
import { stackEnv } from './support/stack-env';

const here = path.dirname(fileURLToPath(import.meta.url));
export const artifactsDir = path.join(here, 'artifacts');

/** The servers' output, kept beside the traces so a failure can be read after the temp folder is gone. */
function keepLogs(stack: Stack) {
  const logsDir = path.join(artifactsDir, 'logs');
  mkdirSync(logsDir, { recursive: true });
  for (const [file, name] of [
    [stack.cmsLog, 'cms.log'],
    [stack.webLog, 'web.log'],
  ] as const) {
    if (existsSync(file)) copyFileSync(file, path.join(logsDir, name));
  }
  console.log(`[e2e] server logs copied to ${path.relative(process.cwd(), logsDir) || logsDir}`);
}

/**
 * One CMS (fresh database, sample content) and one public site for the whole run. The returned
 * function is Playwright's global teardown: it runs after the last test, failed or not.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  // The browser is checked first: without one, starting servers would only waste a minute.
  const browser = chromiumPath();
  console.log(`[e2e] browser: ${browser} (${chromiumVersion(browser)})`);

  const started = Date.now();
  const stack = await startStack();
  console.log(
    `[e2e] stack up in ${((Date.now() - started) / 1000).toFixed(1)} s: CMS ${stack.cmsUrl}, site ${stack.webUrl}`,
  );
  process.env[stackEnv.cmsUrl] = stack.cmsUrl;
  // One admin session for every worker's API calls: simultaneous logins of one account can drop
  // each other's session in the CMS, so the suite logs the admin in once, here.
  const login = await fetch(`${stack.cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(demoUsers.admin),
  });
  if (!login.ok) {
    await stack.stop();
    throw new Error(`The demo admin could not log in to the CMS (${login.status}); see ${stack.cmsLog}`);
  }
  process.env[stackEnv.adminToken] = ((await login.json()) as { token: string }).token;
  process.env[stackEnv.webUrl] = stack.webUrl;

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    try {
      keepLogs(stack);
    } finally {
      await stack.stop();
    }
  };
  // An interrupted run (Ctrl-C) must not leave servers behind either.
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  return stop;
}
