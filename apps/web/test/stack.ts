/**
 * Starts the built CMS (fresh embedded database, sample content) and the built site as child
 * processes, each in its own process group so the whole tree can be stopped. Builds nothing:
 * `npm run build` (or turbo's test dependencies) must have run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(webDir, '../..');

export type Stack = {
  cmsUrl: string;
  webUrl: string;
  revalidateSecret: string;
  dataDir: string;
  /** The CMS's process group, so a test in another process can stop it. */
  cmsProcessGroup: number;
  stopCms(): Promise<void>;
  stop(): Promise<void>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function start(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  logFile: string,
): ChildProcess {
  const log = openSync(logFile, 'a');
  return spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', log, log],
  });
}

/** SIGTERM to the whole group, SIGKILL after five seconds if anything is left. */
export async function stopGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 5000));
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    await exited;
  }
}

async function waitFor(url: string, child: ChildProcess, what: string, timeoutMs: number, logFile: string) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}; see ${logFile}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${what} did not answer ${url} within ${timeoutMs / 1000} s; see ${logFile}`);
}

export async function startStack(): Promise<Stack> {
  for (const [file, build] of [
    [path.join(webDir, '.next/BUILD_ID'), 'npm run build -w @paseo/web'],
    [path.join(repoRoot, 'apps/cms/.next/BUILD_ID'), 'npm run build -w @paseo/cms'],
  ] as const) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`${build}\` first`);
  }
  const nextBin = path.join(
    path.dirname(createRequire(path.join(webDir, 'package.json')).resolve('next/package.json')),
    'dist/bin/next',
  );
  const dataDir = mkdtempSync(path.join(tmpdir(), 'paseo-web-test-'));
  const [cmsPort, webPort] = [await freePort(), await freePort()];
  const cmsUrl = `http://127.0.0.1:${cmsPort}`;
  const webUrl = `http://127.0.0.1:${webPort}`;
  const revalidateSecret = randomBytes(24).toString('hex');
  const cmsLog = path.join(dataDir, 'cms.log');
  const webLog = path.join(dataDir, 'web.log');

  // Data and pages cached against an earlier CMS (other ids, other content, another SITE_URL)
  // must not leak into this run. Both caches survive restarts by design.
  rmSync(path.join(webDir, '.next/cache/fetch-cache'), { recursive: true, force: true });
  rmSync(path.join(webDir, '.next/server/route-cache'), { recursive: true, force: true });

  const cms = start(
    'npm',
    ['start', '-w', '@paseo/cms'],
    repoRoot,
    {
      PASEO_DATA_DIR: dataDir,
      CMS_PORT: String(cmsPort),
      CMS_URL: cmsUrl,
      WEB_URL: webUrl,
      REVALIDATE_SECRET: revalidateSecret,
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      DATABASE_URL: '',
    },
    cmsLog,
  );
  const web = start(
    process.execPath,
    [nextBin, 'start', '--port', String(webPort)],
    webDir,
    {
      NODE_ENV: 'production',
      CMS_URL: cmsUrl,
      SITE_URL: webUrl,
      REVALIDATE_SECRET: revalidateSecret,
      PREVIEW_SECRET: randomBytes(24).toString('hex'),
    },
    webLog,
  );

  const stack: Stack = {
    cmsUrl,
    webUrl,
    revalidateSecret,
    dataDir,
    cmsProcessGroup: cms.pid ?? 0,
    stopCms: () => stopGroup(cms),
    async stop() {
      await Promise.all([stopGroup(web), stopGroup(cms)]);
      if (!process.env.PASEO_TEST_KEEP_LOGS) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  try {
    await Promise.all([
      waitFor(`${cmsUrl}/api/venues?limit=1&depth=0`, cms, 'CMS', 180_000, cmsLog),
      waitFor(`${webUrl}/robots.txt`, web, 'site', 60_000, webLog),
    ]);
  } catch (error) {
    process.env.PASEO_TEST_KEEP_LOGS = '1';
    await stack.stop();
    throw error;
  }
  return stack;
}
