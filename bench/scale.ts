/**
 * How Paseo behaves as a city fills up: for 100, 1,000 and 10,000 generated venues (on top of the
 * sample content), each on a fresh database, the figures a visitor and an editor feel, and how each
 * grows from the smallest size to the largest (the aim: less than 2×).
 *
 *   npm run bench:scale              # 100, 1000, 10000
 *   npm run bench:scale -- 100 1000  # other sizes
 *
 * On the built apps (`npm run build` first). Every figure is a nearest-rank percentile over
 * requests made one after another (nothing else asked of the servers meanwhile); each sample asks
 * for something not asked before (another venue, another word), so the site's caches do not answer
 * for the CMS. Prints the figures and rewrites its own section of BENCHMARKS.md.
 */
import { spawn } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { NEARBY_CANDIDATES, VENUES_PER_PAGE } from '../apps/web/src/data/content';
import { VENUES_PER_SITEMAP } from '../apps/web/src/lib/sitemap';
import { repoRoot, type Stack, serverMemoryMb, startStack } from '../scripts/stack';
import { markdownTable, percentile, wrapProse, writeBenchmarkSection } from './report';
import { cardPopulate, cardQuery } from './siteReads';

const SIZES = process.argv.slice(2).map(Number).filter(Number.isInteger);
const sizes = SIZES.length > 0 ? SIZES : [100, 1_000, 10_000];
const SAMPLES = 20;
const SECTION_TITLE = '## Past 10,000 venues (scale)';
const generator = path.join(repoRoot, 'apps/cms/scripts/generateVenues/index.ts');
const tsx = path.join(repoRoot, 'node_modules/.bin/tsx');

type Venue = {
  slug: { es: string; en?: string };
  name: { es: string };
  location: { latitude: number; longitude: number };
};
type Figure = { p50: number; p95: number; max: number; failed: number };
type SizeResult = {
  size: number;
  venues: number;
  loadSeconds: number;
  figures: Record<string, Figure>;
  memory: { cms: number; site: number };
  /** Size of each list page's HTML, in KB. */
  listKb: Record<string, number>;
};

/** Times each request (until the whole answer is read); answers other than 200 are counted apart. */
async function timed(urls: string[], init: RequestInit = {}): Promise<Figure> {
  const times: number[] = [];
  for (const url of urls) {
    const started = performance.now();
    const response = await fetch(url, { ...init, redirect: 'manual' });
    await response.arrayBuffer();
    // A failed answer is reported beside the figure, not timed as if it were one.
    if (response.status === 200) times.push(performance.now() - started);
  }
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: Math.max(...times),
    failed: urls.length - times.length,
  };
}

function generate(stack: Stack, count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['--conditions=production', generator, String(count)], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: stack.databaseUrl, PASEO_SEED: '0' },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`the generator exited with ${code}`)),
    );
  });
}

/** Two venues from each of SAMPLES places spread over the whole table. */
async function spreadVenues(cmsUrl: string, total: number): Promise<Venue[]> {
  const pages = Math.max(1, Math.floor(total / 2));
  const venues: Venue[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const page = 1 + Math.floor((i * pages) / SAMPLES);
    const response = await fetch(
      `${cmsUrl}/api/venues?locale=all&depth=0&limit=2&page=${page}&sort=id&select[slug]=true&select[name]=true&select[location]=true`,
    );
    venues.push(...((await response.json()) as { docs: Venue[] }).docs);
  }
  return venues;
}

/**
 * The addresses of the sitemap's files that list venues: sitemap.xml itself while it holds them
 * all, else the files its index names. Fails unless, together, they list every published venue
 * exactly once in each language.
 */
async function sitemapFilesOfVenues(webUrl: string, publishedVenues: number): Promise<string[]> {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
  const top = await (await fetch(`${webUrl}/sitemap.xml`)).text();
  const files = top.includes('<sitemapindex')
    ? locs(top).map((loc) => `${webUrl}${new URL(loc).pathname}`)
    : [`${webUrl}/sitemap.xml`];
  const venuePages: string[] = [];
  const venueFiles: string[] = [];
  for (const file of files) {
    const listed = locs(await (await fetch(file)).text()).filter((loc) => /\/(lugares|places)\/./.test(loc));
    if (listed.length > 0) venueFiles.push(file);
    venuePages.push(...listed);
  }
  if (venuePages.length !== 2 * publishedVenues || new Set(venuePages).size !== venuePages.length)
    throw new Error(
      `the sitemap's ${files.length} files list ${venuePages.length} venue pages (${new Set(venuePages).size} different) for ${publishedVenues} venues in two languages`,
    );
  return venueFiles;
}

async function adminCookie(cmsUrl: string): Promise<string> {
  const response = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@example.com', password: 'paseo-demo-admin' }),
  });
  const { token } = (await response.json()) as { token?: string };
  if (!token) throw new Error(`login answered ${response.status}`);
  return `payload-token=${token}`;
}

async function measureSize(size: number): Promise<SizeResult> {
  console.log(`\n${size} venues: a fresh stack…`);
  const stack = await startStack();
  try {
    const started = performance.now();
    await generate(stack, size);
    const loadSeconds = (performance.now() - started) / 1000;
    const count = (await (await fetch(`${stack.cmsUrl}/api/venues?limit=1&depth=0`)).json()) as {
      totalDocs: number;
    };
    const venues = await spreadVenues(stack.cmsUrl, count.totalDocs);
    if (venues.length < SAMPLES * 2) throw new Error(`only ${venues.length} venues to sample`);
    const [forPages, forReads] = [venues.slice(0, SAMPLES), venues.slice(SAMPLES, SAMPLES * 2)];
    const cookie = await adminCookie(stack.cmsUrl);
    const words = [
      ...new Set(venues.flatMap((venue) => venue.name.es.split(/\s+/)).filter((word) => word.length > 4)),
    ].slice(0, SAMPLES);
    // Each server's first answer loads code a later one does not: asked once, outside the figures.
    for (const [url, init] of [
      [`${stack.webUrl}/es`, {}],
      [`${stack.cmsUrl}/admin`, { headers: { cookie } }],
    ] as const) {
      await (await fetch(url, init)).arrayBuffer();
    }
    const sitemapFirst = await timed([`${stack.webUrl}/sitemap.xml`]);
    const venueFiles = await sitemapFilesOfVenues(stack.webUrl, count.totalDocs);
    const figures: Record<string, Figure> = {
      'venue page, uncached (site)': await timed(
        forPages.map((venue) => `${stack.webUrl}/es/lugares/${encodeURIComponent(venue.slug.es)}`),
      ),
      'search page (site)': await timed(
        words.map((word) => `${stack.webUrl}/es/buscar?q=${encodeURIComponent(word)}`),
      ),
      'sitemap.xml, first after a start (site)': sitemapFirst,
      'sitemap.xml, cached (site)': await timed(Array(SAMPLES).fill(`${stack.webUrl}/sitemap.xml`)),
      // While one file holds every venue, that file is sitemap.xml itself (its first read above).
      'a sitemap file of venues, first read (site)':
        venueFiles[0] === `${stack.webUrl}/sitemap.xml`
          ? sitemapFirst
          : await timed(venueFiles.slice(0, SAMPLES)),
      'a sitemap file of venues, cached (site)': await timed(
        Array.from({ length: SAMPLES }, (_, i) => venueFiles[i % venueFiles.length] ?? ''),
      ),
      'venue by slug, depth 2 (CMS REST)': await timed(
        forReads.map(
          (venue) =>
            `${stack.cmsUrl}/api/venues?locale=all&depth=2&limit=1&where[slug.es][equals]=${encodeURIComponent(venue.slug.es)}&${cardPopulate}`,
        ),
      ),
      'nearest venues as cards (CMS REST)': await timed(
        forReads.map(
          ({ location }) =>
            `${stack.cmsUrl}/api/venues/nearest?locale=all&depth=1&limit=${NEARBY_CANDIDATES}&latitude=${location.latitude}&longitude=${location.longitude}&${cardQuery}`,
        ),
      ),
      'admin venue list, first page (CMS)': await timed(
        Array.from({ length: 10 }, () => `${stack.cmsUrl}/admin/collections/venues?limit=10&page=1`),
        { headers: { cookie } },
      ),
      'admin venue list via REST, depth 0 (CMS)': await timed(
        Array.from(
          { length: SAMPLES },
          (_, i) => `${stack.cmsUrl}/api/venues?depth=0&limit=10&page=${1 + i}&sort=-updatedAt`,
        ),
        { headers: { cookie } },
      ),
    };
    const memory = {
      cms: serverMemoryMb(stack.cmsProcessGroup) ?? Number.NaN,
      site: serverMemoryMb(stack.webProcessGroup) ?? Number.NaN,
    };
    // The lists, each page rendered for the first time, after the memory was read. They come
    // VENUES_PER_PAGE venues a page: the first page and the last (the deepest offset) are measured.
    const listKb: Record<string, number> = {};
    const lastPage = async (where: string) => {
      const answer = await fetch(`${stack.cmsUrl}/api/venues?depth=0&limit=1${where}`);
      return Math.max(
        1,
        Math.ceil(((await answer.json()) as { totalDocs: number }).totalDocs / VENUES_PER_PAGE),
      );
    };
    const lastOfAll = await lastPage('');
    const lastMuseum = await lastPage('&where[category.key][equals]=museum');
    for (const [name, listPath] of [
      ['every venue', '/es/lugares'],
      ['every venue, last page', lastOfAll > 1 ? `/es/lugares/pagina/${lastOfAll}` : '/es/lugares'],
      ['a neighborhood', '/es/barrios/del-carmen'],
      [
        'a category, last page',
        lastMuseum > 1 ? `/es/categorias/museo/pagina/${lastMuseum}` : '/es/categorias/museo',
      ],
    ] as const) {
      const started = performance.now();
      const response = await fetch(`${stack.webUrl}${listPath}`);
      const body = await response.arrayBuffer();
      const ms = performance.now() - started;
      // Named without the page number, which grows with the size.
      figures[`${name}, first render (site)`] = {
        p50: ms,
        p95: ms,
        max: ms,
        failed: response.status === 200 ? 0 : 1,
      };
      listKb[name] = Math.round(body.byteLength / 1024);
      console.log(`  ${name}: ${listPath}`);
    }
    for (const [name, figure] of Object.entries(figures)) {
      console.log(
        `  ${name.padEnd(42)} p50 ${figure.p50.toFixed(1)} ms  p95 ${figure.p95.toFixed(1)} ms  max ${figure.max.toFixed(1)} ms  failed ${figure.failed}`,
      );
    }
    console.log(
      `  memory: CMS ${memory.cms} MB, site ${memory.site} MB; loaded in ${loadSeconds.toFixed(0)} s`,
    );
    return { size, venues: count.totalDocs, loadSeconds, figures, memory, listKb };
  } finally {
    await stack.stop();
  }
}

const results: SizeResult[] = [];
for (const size of sizes) results.push(await measureSize(size));

const [smallest, largest] = [results[0], results.at(-1)];
if (!smallest || !largest) throw new Error('no sizes measured');
const growth = (a: number, b: number) => `${(b / a).toFixed(2)}×${b / a < 2 ? '' : ' (MISS)'}`;
const rows: string[][] = [
  ['figure (ms, p50 / p95 / max)', ...results.map((r) => `${r.venues} venues`), 'p95 growth'],
  ...Object.keys(smallest.figures).map((name) => [
    name,
    ...results.map((r) => {
      const figure = r.figures[name];
      if (!figure) return '–';
      const failed = figure.failed > 0 ? ` (${figure.failed} failed)` : '';
      return `${figure.p50.toFixed(0)} / ${figure.p95.toFixed(0)} / ${figure.max.toFixed(0)}${failed}`;
    }),
    growth(smallest.figures[name]?.p95 ?? Number.NaN, largest.figures[name]?.p95 ?? Number.NaN),
  ]),
  [
    'CMS memory (MB, after)',
    ...results.map((r) => String(r.memory.cms)),
    growth(smallest.memory.cms, largest.memory.cms),
  ],
  [
    'site memory (MB, after)',
    ...results.map((r) => String(r.memory.site)),
    growth(smallest.memory.site, largest.memory.site),
  ],
  ...Object.keys(smallest.listKb).map((name) => [
    `HTML of ${name} (KB)`,
    ...results.map((r) => String(r.listKb[name] ?? '–')),
    growth(smallest.listKb[name] ?? Number.NaN, largest.listKb[name] ?? Number.NaN),
  ]),
  ['generating the venues (s)', ...results.map((r) => r.loadSeconds.toFixed(0)), ''],
];
const table = markdownTable(rows);
console.log(`\n${table}`);
writeBenchmarkSection(
  SECTION_TITLE,
  [
    wrapProse(
      `\`npm run bench:scale -- ${sizes.join(' ')}\`, run on ${new Date().toISOString().slice(0, 10)} on ` +
        `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, loopback; the client and the servers share ` +
        'the cores. For each size a fresh stack (embedded PostgreSQL, the built CMS with the sample ' +
        'content, one site process) and `npm run generate:venues` adding that many venues. Requests one ' +
        `after another, ${SAMPLES} samples a figure (10 for the admin's page), each for a venue or word not asked ` +
        'before (the sitemap excepted: its first answer after a start, then cached). Past ' +
        `${VENUES_PER_SITEMAP} venues sitemap.xml is an index and the venues are listed ${VENUES_PER_SITEMAP} to a ` +
        'file (checked: the files list every venue once in each language); below that, the "file of ' +
        'venues" is sitemap.xml itself. A search word asked first after a start waits for the index to be built ' +
        '(the max). The list pages are one first render each, measured last, their HTML sizes below: ' +
        `lists show ${VENUES_PER_PAGE} venues a page, and the last page (/es/lugares/pagina/N, ` +
        '/es/categorias/museo/pagina/N) is the deepest read. Nearest-rank ' +
        'percentiles. Memory: resident set of each server and its launcher after the requests. Growth: ' +
        `p95 at ${largest.venues} venues ÷ p95 at ${smallest.venues} (aim: below 2×).`,
    ),
    '',
    table,
  ].join('\n'),
);
console.log(`\nBENCHMARKS.md: "${SECTION_TITLE.slice(3)}" rewritten.`);
process.exit(0);
