/**
 * Phone speed of the site's pages as Lighthouse scores them, beside the floor: an empty App Router
 * page built with the same Next.js and the site's options. Part of `npm run bench`, on the built apps
 * (`npm run build` first); needs Chromium (Debian: `apt-get install -y chromium`). Loopback only.
 *
 * 1. Builds the floor in a temporary folder outside the repository (timing `next build`) and serves
 *    it with the server the site uses (`@paseo/server`).
 * 2. Starts the stack (database, CMS with the sample content, one site process) and warms each page:
 *    its HTML, scripts, styles and the images its markup names, as Chrome asks for them.
 * 3. Runs Lighthouse with its default mobile form factor and simulated throttling on the floor and
 *    seven site pages, the pages in turns, several rounds, and takes the median of every figure.
 *
 * Prints everything and rewrites its own section of BENCHMARKS.md. Missed targets are reported, not
 * failed on; the exit code is 1 only when a page or a Lighthouse run failed.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { precompress } from '@paseo/server/precompress';
import siteConfig from '../apps/web/next.config';
import { freePort, repoRoot, type Stack, startProgram, startStack, stopGroup } from '../scripts/stack';
import { cleanUpOnSignal, stopEach } from './cleanUp';
import { markdownTable, median, wrapProse, writeBenchmarkSection } from './report';

// Odd, so every median is a figure one run measured. More rounds (LIGHTHOUSE_ROUNDS=7) steady the
// medians of a noisy machine at the cost of time: about 3 minutes a round here.
const ROUNDS = lighthouseRounds(process.env.LIGHTHOUSE_ROUNDS);

function lighthouseRounds(value: string | undefined): number {
  if (value === undefined || value === '') return 3;
  const rounds = Number(value);
  if (!Number.isInteger(rounds) || rounds < 1 || rounds % 2 === 0) {
    throw new Error(`LIGHTHOUSE_ROUNDS must be an odd whole number (got ${value})`);
  }
  return rounds;
}
// The browser tests' setting; Lighthouse reads its browser from CHROME_PATH.
const CHROME_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROME_FLAGS =
  '--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update ' +
  '--disable-sync --no-first-run --disable-quic';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const LIGHTHOUSE_TIMEOUT_MS = 240_000;
const SECTION_TITLE = '## Phone speed (Lighthouse, mobile preset)';
const VENUE_PATH = '/en/places/leon-trotsky-house-museum';

const TARGET = {
  performance: 98,
  otherCategories: 100,
  cls: 0,
  lcpMs: 1800,
  tbtOverFloorMs: 50,
  venueJsOverFloorBytes: 10 * 1024,
};

const nextBin = path.join(repoRoot, 'node_modules/next/dist/bin/next');
const lighthouseBin = path.join(repoRoot, 'node_modules/lighthouse/cli/index.js');
const serveBin = path.join(repoRoot, 'packages/server/dist/serve.js');
const run = promisify(execFile);
const startedAt = performance.now();

/** What Chromium sends for pages and images, so the site's caches and image optimizer are warm for it. */
const chromeAccept = {
  page: 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8',
  image: 'image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8',
};

type Page = { name: string; url: string };

type Figures = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  scriptBytes: number;
  requests: number;
  benchmarkIndex: number;
};

type FailingAudit = { id: string; category: string; title: string; score: number; displayValue: string };

type Measurement = {
  figures: Figures;
  /** Scored audits below 1 in the four categories, as the report shows them (hidden group left out). */
  failing: FailingAudit[];
  /** What Lighthouse took for the largest contentful paint, and its time split into phases. */
  lcpElement: string;
  lcpPhases: string;
  consoleErrors: string[];
  warnings: string[];
  seconds: number;
};

/** The subset of a Lighthouse result this benchmark reads. */
type LighthouseResult = {
  lighthouseVersion: string;
  runtimeError?: { code: string; message: string };
  runWarnings: string[];
  environment: { hostUserAgent: string; benchmarkIndex: number };
  categories: Record<
    string,
    { score: number | null; auditRefs: { id: string; weight: number; group?: string }[] }
  >;
  audits: Record<
    string,
    {
      title: string;
      score: number | null;
      scoreDisplayMode: string;
      numericValue?: number;
      displayValue?: string;
      details?: { items?: Record<string, unknown>[] };
    }
  >;
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
/** A median of two runs can fall between integers; it is shown as it is, never rounded towards a target. */
const score = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const millis = (ms: number) => `${ms.toFixed(0)} ms`;
const shift = (n: number) => (n === 0 ? '0' : n.toFixed(4));

/** The processes a process started, all the way down (Chrome is started in its own process group). */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // Gone meanwhile.
    }
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift() ?? 0) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

/** Stops a Lighthouse process and the Chrome it launched, and removes Chrome's profile folder. */
function killLighthouse(child: ChildProcess) {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  const profiles: string[] = [];
  for (const pid of [child.pid, ...descendants(child.pid)]) {
    try {
      const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      const profile = args.find((arg) => arg.startsWith('--user-data-dir='));
      if (profile) profiles.push(profile.slice('--user-data-dir='.length));
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone meanwhile.
    }
  }
  for (const profile of new Set(profiles)) fs.rmSync(profile, { recursive: true, force: true });
}

let lighthouseProcess: ChildProcess | undefined;
/** Set once a signal asked to stop, so that no run, or retry, starts after the clean-up began. */
let stopping = false;

async function lighthouse(url: string, outputPath: string): Promise<LighthouseResult> {
  if (stopping) throw new Error('Stopping: no more Lighthouse runs');
  const child = spawn(
    process.execPath,
    [
      lighthouseBin,
      url,
      '--output=json',
      `--output-path=${outputPath}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${CHROME_FLAGS}`,
      '--quiet',
    ],
    { env: { ...process.env, CHROME_PATH }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  lighthouseProcess = child;
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const timer = setTimeout(() => killLighthouse(child), LIGHTHOUSE_TIMEOUT_MS);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  lighthouseProcess = undefined;
  if (code !== 0 || !fs.existsSync(outputPath)) {
    throw new Error(`Lighthouse on ${url} exited with ${code}: ${stderr.trim().slice(-2000)}`);
  }
  const result = JSON.parse(fs.readFileSync(outputPath, 'utf8')) as LighthouseResult;
  if (result.runtimeError) {
    throw new Error(`Lighthouse on ${url}: ${result.runtimeError.code} ${result.runtimeError.message}`);
  }
  return result;
}

function measurement(result: LighthouseResult, pageUrl: string, secondsTaken: number): Measurement {
  const audit = (id: string) => {
    const found = result.audits[id];
    if (!found) throw new Error(`Lighthouse ${result.lighthouseVersion} has no audit ${id}`);
    return found;
  };
  const numeric = (id: string) => audit(id).numericValue ?? Number.NaN;
  const category = (id: string) => Math.round((result.categories[id]?.score ?? Number.NaN) * 100);
  const requests = audit('network-requests').details?.items ?? [];
  const scriptBytes = requests
    .filter((item) => item.resourceType === 'Script')
    .reduce((sum, item) => sum + Number(item.transferSize ?? 0), 0);
  const failing: FailingAudit[] = [];
  for (const categoryId of CATEGORIES) {
    // The hidden group repeats the visible audits as insights, or holds metrics that are not scored.
    for (const ref of result.categories[categoryId]?.auditRefs ?? []) {
      const found = result.audits[ref.id];
      if (ref.group === 'hidden' || !found || found.score === null || found.score >= 1) continue;
      failing.push({
        id: ref.id,
        category: categoryId,
        title: found.title,
        score: found.score,
        displayValue: found.displayValue ?? '',
      });
    }
  }
  // Addresses on the page's own server lose their origin: its port changes from run to run.
  const origin = new URL(pageUrl).origin;
  const consoleErrors = (audit('errors-in-console').details?.items ?? []).map((item) => {
    const location = (item.sourceLocation as { url?: string } | undefined)?.url?.replace(origin, '');
    return `${String(item.description ?? '')}${location ? ` (\`${location}\`)` : ''}`;
  });
  // The audit's first table names the element; its second splits the time into phases.
  const lcpTable = audit('largest-contentful-paint-element').details?.items?.[0] as
    | { items?: { node?: { nodeLabel?: string; snippet?: string } }[] }
    | undefined;
  const lcpNode = lcpTable?.items?.[0]?.node;
  const phaseTable = audit('largest-contentful-paint-element').details?.items?.[1] as
    | { items?: { phase?: string; timing?: number; percent?: string }[] }
    | undefined;
  return {
    figures: {
      performance: category('performance'),
      accessibility: category('accessibility'),
      bestPractices: category('best-practices'),
      seo: category('seo'),
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      scriptBytes,
      requests: requests.length,
      benchmarkIndex: result.environment.benchmarkIndex,
    },
    failing,
    lcpElement: lcpNode
      ? `${lcpNode.nodeLabel ?? ''} \`${(lcpNode.snippet ?? '').replaceAll(origin, '')}\``.trim()
      : 'none',
    lcpPhases: (phaseTable?.items ?? [])
      .map((phase) => `${phase.phase} ${millis(phase.timing ?? Number.NaN)} (${phase.percent})`)
      .join(', '),
    consoleErrors,
    // Lighthouse's warnings end with a link to its documentation, left out here.
    warnings: result.runWarnings.map((warning) => warning.replace(/\s+/g, ' ').replace(/ Learn more.*$/, '')),
    seconds: secondsTaken,
  };
}

/** The browsers the site is compiled for (its package.json), which decide the polyfills it ships. */
function siteBrowsers(): string[] | undefined {
  const webDir = path.join(repoRoot, 'apps/web');
  if (fs.existsSync(path.join(webDir, '.browserslistrc'))) {
    throw new Error('apps/web/.browserslistrc: give the floor the same browsers (bench/lighthouse.ts)');
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(webDir, 'package.json'), 'utf8')) as {
    browserslist?: string[];
  };
  return manifest.browserslist;
}

/**
 * The floor's source: one line of text, the site's options that shape what a browser gets (its
 * Next.js options and browsers), and a link to the repository's node_modules so it is built with the
 * very same Next.js and React.
 */
function writeFloor(dir: string) {
  const { reactStrictMode, poweredByHeader, compress, images, experimental } = siteConfig;
  const options = {
    reactStrictMode,
    poweredByHeader,
    compress,
    images,
    experimental,
    // The folder has no lockfile and its node_modules links into the repository, so Turbopack's
    // workspace must span both; this changes where it may read, not what it emits.
    turbopack: { root: '/' },
  };
  fs.mkdirSync(path.join(dir, 'app'), { recursive: true });
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: 'paseo-floor', private: true, type: 'module', browserslist: siteBrowsers() })}\n`,
  );
  fs.writeFileSync(
    path.join(dir, 'next.config.mjs'),
    `export default ${JSON.stringify(options, null, 2)};\n`,
  );
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    `${JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          lib: ['dom', 'dom.iterable', 'esnext'],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          module: 'esnext',
          moduleResolution: 'bundler',
          jsx: 'react-jsx',
          isolatedModules: true,
          plugins: [{ name: 'next' }],
        },
        include: ['next-env.d.ts', '**/*.ts', '**/*.tsx', '.next/types/**/*.ts'],
        exclude: ['node_modules'],
      },
      null,
      2,
    )}\n`,
  );
  fs.writeFileSync(
    path.join(dir, 'app/layout.tsx'),
    `import type { ReactNode } from 'react';

export const metadata = { title: 'Floor', description: 'An empty page, the reference for the site.' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  );
  fs.writeFileSync(
    path.join(dir, 'app/page.tsx'),
    `export default function Page() {
  return <p>An empty page.</p>;
}
`,
  );
}

async function buildFloor(dir: string): Promise<number> {
  writeFloor(dir);
  const started = performance.now();
  const child = spawn(process.execPath, [nextBin, 'build'], {
    cwd: dir,
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
  }
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`The floor's next build exited with ${code}:\n${output.slice(-3000)}`);
  // As the site's build does (apps/web's `build` script), so the floor is sent compressed the same way.
  precompress(path.join(dir, '.next/static'));
  return performance.now() - started;
}

async function waitForPage(url: string, child: ChildProcess, what: string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(5000) })).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${what} did not answer ${url} within 60 s`);
}

/**
 * Requests a page until it is served from the site's cache, then everything its markup names from
 * the site: scripts, styles and every image size, so no run pays for a first render or image encode.
 */
async function warm(page: Page): Promise<{ htmlBytes: number; assets: number }> {
  let html = '';
  for (let i = 0; i < 3; i++) {
    const response = await fetch(page.url, { redirect: 'manual', headers: { Accept: chromeAccept.page } });
    html = await response.text();
    if (response.status !== 200) throw new Error(`${page.url} answered ${response.status}`);
  }
  const origin = new URL(page.url).origin;
  // The markup's srcset escapes & as &amp;, the inline React payload as \u0026 (its backslash escaped too).
  const unescaped = html.replace(/\\+u0026/g, '&').replaceAll('&amp;', '&');
  const assets = new Set<string>();
  for (const match of unescaped.matchAll(/\/_next\/(?:static\/[^"'\s\\)]+|image\?[^"'\s\\,]+)/g)) {
    // An image address cut short by other escaping names no size; Chrome never asks for it.
    if (match[0].startsWith('/_next/image') && !match[0].includes('&w=')) continue;
    assets.add(match[0]);
  }
  for (const asset of assets) {
    const accept = asset.startsWith('/_next/image') ? chromeAccept.image : '*/*';
    const response = await fetch(`${origin}${asset}`, { headers: { Accept: accept } });
    await response.arrayBuffer();
    if (!response.ok) console.log(`  warm-up: ${asset} answered ${response.status}`);
  }
  return { htmlBytes: html.length, assets: assets.size };
}

const workDir = fs.mkdtempSync(path.join(tmpdir(), 'paseo-lighthouse-'));
const floorDir = path.join(workDir, 'floor');
const reportsDir = path.join(workDir, 'reports');
let floorServer: ChildProcess | undefined;
let stack: Stack | undefined;

async function stopAll() {
  if (lighthouseProcess) killLighthouse(lighthouseProcess);
  const stopping: (() => Promise<void>)[] = [];
  if (floorServer) {
    const server = floorServer;
    stopping.push(() => stopGroup(server));
  }
  if (stack) {
    const started = stack;
    stopping.push(() => started.stop());
  }
  floorServer = undefined;
  stack = undefined;
  await stopEach(stopping);
  fs.rmSync(workDir, { recursive: true, force: true });
}

cleanUpOnSignal(async () => {
  stopping = true;
  await stopAll();
});

try {
  if (!fs.existsSync(CHROME_PATH)) {
    throw new Error(`No Chromium at ${CHROME_PATH}: apt-get install -y chromium, or set CHROMIUM_PATH`);
  }
  const chromium = (await run(CHROME_PATH, ['--version'])).stdout.trim();
  const nextVersion = (
    JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules/next/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const loadAtStart = loadavg()[0] ?? 0;

  console.log(`Building the floor (an empty page, Next.js ${nextVersion}) in ${floorDir}…`);
  const floorBuildMs = await buildFloor(floorDir);
  console.log(`  next build: ${seconds(floorBuildMs)}`);
  const floorPort = await freePort();
  floorServer = startProgram(process.execPath, [serveBin, '--dir', floorDir, '--port', String(floorPort)], {
    cwd: floorDir,
    env: { NODE_ENV: 'production' },
    logFile: path.join(workDir, 'floor.log'),
    echo: false,
  });
  const floorUrl = `http://localhost:${floorPort}/`;
  await waitForPage(floorUrl, floorServer, 'The floor');

  console.log('Starting the stack: the database, the CMS with the sample content, one site process…');
  stack = await startStack();
  const webUrl = stack.webUrl;
  const { docs: guides } = (await (
    await fetch(`${stack.cmsUrl}/api/guides?limit=1&locale=all&depth=0`)
  ).json()) as { docs: { slug: { en?: string; es?: string } }[] };
  const guideSlug = guides[0]?.slug.en ?? guides[0]?.slug.es;
  if (!guideSlug) throw new Error('The CMS lists no published guide');

  const pages: Page[] = [
    { name: 'floor (empty page)', url: floorUrl },
    { name: 'venue', url: `${stack.webUrl}${VENUE_PATH}` },
    { name: 'home', url: `${stack.webUrl}/en` },
    { name: 'neighborhood', url: `${stack.webUrl}/en/neighborhoods/del-carmen` },
    { name: 'guide', url: `${stack.webUrl}/en/guides/${guideSlug}` },
    { name: 'walk', url: `${stack.webUrl}/en/walks/two-houses-and-a-market` },
    { name: 'search', url: `${stack.webUrl}/en/search` },
    // Kept out of search engines on purpose (noindex): its SEO score says so.
    { name: 'search results', url: `${stack.webUrl}/en/search?q=museo` },
  ];
  const [floorPage, venuePage] = pages as [Page, Page];
  const pathOf = (page: Page) => (page === floorPage ? '/ (floor)' : page.url.slice(webUrl.length));
  console.log('Warming the pages:');
  for (const page of pages) {
    const warmed = await warm(page);
    console.log(`  ${pathOf(page)}: ${kb(warmed.htmlBytes)} HTML, ${warmed.assets} assets fetched`);
  }

  fs.mkdirSync(reportsDir, { recursive: true });
  const measured = new Map<Page, Measurement[]>(pages.map((page) => [page, []]));
  console.log(
    `\nLighthouse, mobile preset, ${ROUNDS} rounds, the pages in turns (${cpus().length} cores shared by ` +
      'Lighthouse, Chromium and the servers)',
  );
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [index, page] of pages.entries()) {
      const output = path.join(reportsDir, `round${round}-page${index}.json`);
      const started = performance.now();
      let result: LighthouseResult;
      try {
        result = await lighthouse(page.url, output);
      } catch (error) {
        if (stopping) throw error;
        // One retry: a Chrome that failed to start says nothing about the page.
        console.log(`  round ${round} ${page.name}: ${String(error)}; retrying once`);
        result = await lighthouse(page.url, output);
      }
      const taken = measurement(result, page.url, (performance.now() - started) / 1000);
      measured.get(page)?.push(taken);
      const f = taken.figures;
      console.log(
        `  round ${round} ${page.name.padEnd(18)} performance ${String(f.performance).padStart(3)}  ` +
          `accessibility ${f.accessibility}  best practices ${f.bestPractices}  SEO ${f.seo}  ` +
          `LCP ${seconds(f.lcpMs)}  TBT ${millis(f.tbtMs)}  CLS ${shift(f.cls)}  JS ${kb(f.scriptBytes)}  ` +
          `${f.requests} requests  (CPU benchmark ${f.benchmarkIndex}, ${taken.seconds.toFixed(0)} s)` +
          (taken.warnings.length ? `\n      warnings: ${taken.warnings.join(' | ')}` : ''),
      );
    }
  }

  const medianOf = (page: Page, key: keyof Figures) =>
    median((measured.get(page) ?? []).map((m) => m.figures[key]));
  const byRound = (page: Page, key: keyof Figures) =>
    (measured.get(page) ?? []).map((m) => m.figures[key]).join('/');

  const rows: string[][] = [
    [
      'page',
      'performance',
      'accessibility',
      'best practices',
      'SEO',
      'LCP',
      'TBT',
      'CLS',
      'JS transferred',
      'requests',
    ],
  ];
  for (const page of pages) {
    rows.push([
      page === floorPage ? 'floor (empty page)' : `\`${pathOf(page)}\``,
      score(medianOf(page, 'performance')),
      score(medianOf(page, 'accessibility')),
      score(medianOf(page, 'bestPractices')),
      score(medianOf(page, 'seo')),
      seconds(medianOf(page, 'lcpMs')),
      millis(medianOf(page, 'tbtMs')),
      shift(medianOf(page, 'cls')),
      kb(medianOf(page, 'scriptBytes')),
      score(medianOf(page, 'requests')),
    ]);
  }

  const sitePages = pages.filter((page) => page !== floorPage);
  const verdict = (pass: boolean) => (pass ? 'pass' : 'MISS');
  /** One target over the site's pages: the verdict, each page's median, and the floor's beside them. */
  const perPage = (key: keyof Figures, passes: (value: number) => boolean, show: (n: number) => string) => {
    const results = sitePages.map((page) => ({ page, value: medianOf(page, key) }));
    const all = results.every(({ value }) => passes(value));
    return (
      `${verdict(all)}: ${results
        .map(({ page, value }) => `${page.name} ${show(value)}${passes(value) ? '' : ' (miss)'}`)
        .join(', ')} ` + `(floor ${show(medianOf(floorPage, key))})`
    );
  };
  const floorTbt = medianOf(floorPage, 'tbtMs');
  const floorScripts = medianOf(floorPage, 'scriptBytes');
  const venueScripts = medianOf(venuePage, 'scriptBytes');
  const signed = (n: number, show: (n: number) => string) => `${n >= 0 ? '+' : '−'}${show(Math.abs(n))}`;
  const targets = [
    `Performance ≥ ${TARGET.performance}: ${perPage('performance', (v) => v >= TARGET.performance, score)}.`,
    `Accessibility ${TARGET.otherCategories}: ${perPage('accessibility', (v) => v >= TARGET.otherCategories, score)}.`,
    `Best practices ${TARGET.otherCategories}: ${perPage('bestPractices', (v) => v >= TARGET.otherCategories, score)}.`,
    `SEO ${TARGET.otherCategories}: ${perPage('seo', (v) => v >= TARGET.otherCategories, score)}.`,
    `CLS ${TARGET.cls}: ${perPage('cls', (v) => v <= TARGET.cls, shift)}.`,
    `LCP ≤ ${seconds(TARGET.lcpMs)}: ${perPage('lcpMs', (v) => v <= TARGET.lcpMs, seconds)}.`,
    `TBT within ${TARGET.tbtOverFloorMs} ms of the floor's: ${perPage(
      'tbtMs',
      (v) => v - floorTbt <= TARGET.tbtOverFloorMs,
      (v) =>
        v === floorTbt ? millis(v) : `${millis(v)} (${signed(v - floorTbt, (n) => `${n.toFixed(1)} ms`)})`,
    )}.`,
    `Venue page JavaScript ≤ floor + ${kb(TARGET.venueJsOverFloorBytes)} compressed: ${verdict(
      venueScripts - floorScripts <= TARGET.venueJsOverFloorBytes,
    )}: ${kb(venueScripts)} against the floor's ${kb(floorScripts)}, ${signed(venueScripts - floorScripts, kb)}.`,
  ];

  /** Every audit below 1 on a page in any run, with what the runs displayed (once when they agree). */
  const failingOn = (page: Page, categories: readonly string[]) => {
    const runs = measured.get(page) ?? [];
    const found = new Map<string, { audit: FailingAudit; shown: string[] }>();
    for (const pageRun of runs) {
      for (const audit of pageRun.failing.filter((a) => categories.includes(a.category))) {
        const entry = found.get(audit.id) ?? { audit, shown: [] };
        entry.shown.push(audit.displayValue || `score ${audit.score}`);
        found.set(audit.id, entry);
      }
    }
    const described = new Map<string, string>();
    for (const [id, { shown }] of found) {
      const values = new Set(shown).size === 1 ? (shown[0] ?? '') : shown.join('; ');
      described.set(id, `${values} in ${shown.length} of ${runs.length} runs`);
    }
    return { found, described };
  };
  const venue = failingOn(venuePage, ['performance', 'best-practices']);
  const floor = failingOn(floorPage, ['performance', 'best-practices']);
  const failingLines = [...venue.found.values()]
    .sort((a, b) => a.audit.category.localeCompare(b.audit.category) || a.audit.score - b.audit.score)
    .map(
      ({ audit }) =>
        `${audit.category}: ${audit.title} (\`${audit.id}\`): ${venue.described.get(audit.id)}; ` +
        `floor: ${floor.described.get(audit.id) ?? 'passes'}`,
    );
  const lcpElements = [...new Set((measured.get(venuePage) ?? []).map((m) => m.lcpElement))];
  // The phases of the venue run whose LCP is the median one.
  const venueByLcp = [...(measured.get(venuePage) ?? [])].sort((a, b) => a.figures.lcpMs - b.figures.lcpMs);
  const medianLcpRun = venueByLcp[Math.floor(venueByLcp.length / 2)];
  const lcpPhases = medianLcpRun
    ? `${medianLcpRun.lcpPhases} (the run with the median LCP, ${seconds(medianLcpRun.figures.lcpMs)})`
    : 'none';
  const elsewhereLines = sitePages.flatMap((page) => {
    const { found, described } = failingOn(page, ['accessibility', 'seo']);
    return [...found.values()].map(
      ({ audit }) =>
        `${page.name}, ${audit.category}: ${audit.title} (\`${audit.id}\`): ${described.get(audit.id)}` +
        (audit.id === 'is-crawlable'
          ? ' (the page asks robots not to index it, which this audit counts as a failure)'
          : ''),
    );
  });

  /** A message and the pages it came up on, with how many of their runs. */
  const grouped = (messagesOf: (m: Measurement) => string[]) => {
    const pagesByMessage = new Map<string, string[]>();
    for (const page of pages) {
      const runs = measured.get(page) ?? [];
      const counts = new Map<string, number>();
      for (const m of runs) {
        for (const message of new Set(messagesOf(m))) counts.set(message, (counts.get(message) ?? 0) + 1);
      }
      for (const [message, count] of counts) {
        pagesByMessage.set(message, [
          ...(pagesByMessage.get(message) ?? []),
          `${page.name} ${count}/${runs.length}`,
        ]);
      }
    }
    return [...pagesByMessage].map(([message, where]) => `${message}: ${where.join(', ')} runs`);
  };
  const consoleLines = grouped((m) => m.consoleErrors);
  const warningLines = grouped((m) => m.warnings);

  const benchmarkIndexes = pages.flatMap((page) =>
    (measured.get(page) ?? []).map((m) => m.figures.benchmarkIndex),
  );
  const lighthouseVersion = (
    JSON.parse(fs.readFileSync(path.join(repoRoot, 'node_modules/lighthouse/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const minutes = (performance.now() - startedAt) / 60_000;
  const date = new Date().toISOString().slice(0, 10);
  const machine = `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, loopback, shared with Lighthouse and the servers`;

  console.log(`\n${markdownTable(rows)}\n`);
  for (const line of targets) console.log(line);
  console.log('\nVenue page, audits below 1 (performance, best practices):');
  for (const line of failingLines) console.log(`  ${line}`);
  console.log(`Venue page, largest contentful paint: ${lcpElements.join(' | ')}`);
  console.log(`  phases: ${lcpPhases}`);
  if (elsewhereLines.length) {
    console.log('Accessibility and SEO audits below 1:');
    for (const line of elsewhereLines) console.log(`  ${line}`);
  }
  console.log('Console errors Lighthouse listed:');
  for (const line of consoleLines.length ? consoleLines : ['none']) console.log(`  ${line}`);
  if (warningLines.length) console.log("Lighthouse's warnings:");
  for (const line of warningLines) console.log(`  ${line}`);

  const bullets = [
    ...targets,
    `Performance by run: ${pages.map((page) => `${page.name} ${byRound(page, 'performance')}`).join(', ')}. ` +
      `TBT by run (ms): ${pages.map((page) => `${page.name} ${(measured.get(page) ?? []).map((m) => m.figures.tbtMs.toFixed(0)).join('/')}`).join(', ')}.`,
    `Chromium's CPU benchmark index over the runs (Lighthouse's measure of the machine at that moment, ` +
      `higher is faster): median ${median(benchmarkIndexes).toFixed(0)}, ` +
      `${Math.min(...benchmarkIndexes)}–${Math.max(...benchmarkIndexes)}. Load average at the start: ${loadAtStart.toFixed(2)}.`,
  ];
  const body = [
    wrapProse(
      `\`npm run bench\` (its third part, \`tsx bench/lighthouse.ts\`${ROUNDS === 3 ? '' : `, with \`LIGHTHOUSE_ROUNDS=${ROUNDS}\``}), run on ${date} on ${machine}. ` +
        `Lighthouse ${lighthouseVersion} with ${chromium} headless (\`CHROME_PATH=${CHROME_PATH}\`, ` +
        `\`--chrome-flags="${CHROME_FLAGS}"\`), its default mobile form factor with simulated throttling, ` +
        `\`--only-categories=${CATEGORIES.join(',')}\`; ${ROUNDS} runs of every page, the pages in turns, ` +
        'medians below. The site is one site process of `startStack()` on the built apps with the sample ' +
        'content; every page was requested until cached and its scripts, styles and image sizes fetched ' +
        `before the first run. The floor is an empty App Router page (one line of text) built with the same ` +
        `Next.js ${nextVersion} and the site's \`reactStrictMode\`, \`poweredByHeader\`, \`compress\`, ` +
        `\`images\` and \`experimental\` options${siteBrowsers() ? ' and its `browserslist`' : ''}, its scripts ` +
        "given Brotli copies as the site's build does, and served by the same `@paseo/server` (Brotli to " +
        `Chromium, which asks for it); its \`next build\` took ` +
        `${seconds(floorBuildMs)}. JS transferred is the transfer size of the script requests in ` +
        `Lighthouse's \`network-requests\` audit (compressed, KB of 1024 bytes). This run took ` +
        `${minutes.toFixed(1)} min.`,
    ),
    '',
    markdownTable(rows),
    '',
    ...bullets.map((line) => `- ${wrapProse(line, '  ')}`),
    '',
    wrapProse(
      `What stands in the way on the venue page: the audits of the performance and best-practices ` +
        `categories that scored below 1 in any of its ${ROUNDS} runs, with what the runs displayed, and the ` +
        'same audit on the floor in this run:',
    ),
    '',
    ...(failingLines.length ? failingLines : ['none']).map((line) => `- ${wrapProse(line, '  ')}`),
    '',
    wrapProse(
      `The venue page's largest contentful paint, as Lighthouse found it: ${lcpElements.join('; ')}. ` +
        `Its phases: ${lcpPhases}.`,
    ),
    ...(elsewhereLines.length
      ? [
          '',
          'Accessibility and SEO audits below 1 on the site pages:',
          '',
          ...elsewhereLines.map((line) => `- ${wrapProse(line, '  ')}`),
        ]
      : []),
    '',
    'Console errors Lighthouse listed (page, runs):',
    '',
    ...(consoleLines.length ? consoleLines : ['none']).map((line) => `- ${wrapProse(line, '  ')}`),
    ...(warningLines.length
      ? [
          '',
          "Lighthouse's warnings (page, runs):",
          '',
          ...warningLines.map((line) => `- ${wrapProse(line, '  ')}`),
        ]
      : []),
  ].join('\n');
  writeBenchmarkSection(SECTION_TITLE, body);
  console.log(
    `\nBENCHMARKS.md: "${SECTION_TITLE.slice(3)}" rewritten. This run took ${minutes.toFixed(1)} min.`,
  );
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await stopAll();
}
