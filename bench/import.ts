/**
 * `npm run bench:import [-- rows]`: a file of 10,000 venues (by default) brought into a CMS that
 * holds the sample content: the dry run's time, the import's time and rate, the CMS process's
 * memory, and whether the admin stays responsive meanwhile (the venue list's API read and the
 * admin's venue list page, timed every half second before, during and after). Prints the figures
 * and rewrites its own section of BENCHMARKS.md.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { venuesToCsv } from '@paseo/domain';
import { venueRecords } from '@paseo/domain/fixtures';
import { serverMemoryMb, startStack } from '../scripts/stack';
import { markdownTable, median, percentile, wrapProse, writeBenchmarkSection } from './report';

const ROWS = Number(process.argv[2] ?? 10_000);
const IDLE_MS = 20_000;
const PROBE_EVERY_MS = 500;
const SECTION_TITLE = '## Importing 10,000 venues';
const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();

/** The sample venues again and again, each under its own name, slug and point. */
function venueFile(rows: number): string {
  const venues = Array.from({ length: rows }, (_, index) => {
    const base = venueRecords[index % venueRecords.length];
    if (!base) throw new Error('no sample venue');
    const tag = `${index + 1}`;
    return {
      ...base,
      name: { es: `${base.name.es} ${tag}`, en: base.name.en && `${base.name.en} ${tag}` },
      slug: { es: `${base.slug.es}-${tag}`, en: base.slug.en && `${base.slug.en}-${tag}` },
      location: {
        latitude: base.location.latitude + (index % 100) * 0.0002,
        longitude: base.location.longitude - Math.floor(index / 100) * 0.0002,
      },
    };
  });
  return venuesToCsv(venues);
}

type Probe = { phase: string; api: number; page: number };

const stack = await startStack({ siteUrl: 'http://localhost:9' });
try {
  const login = await fetch(`${stack.cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editor@example.com', password: 'paseo-demo-editor' }),
  });
  const { token } = (await login.json()) as { token: string };
  const auth = { authorization: `JWT ${token}` };
  const csv = venueFile(ROWS);

  let phase = 'idle before';
  let probing = true;
  const probes: Probe[] = [];
  const memory: Record<string, number> = {};
  const timed = async (url: string, headers: Record<string, string>, expect: string) => {
    const started = performance.now();
    const response = await fetch(url, { headers });
    const text = await response.text();
    if (!text.includes(expect)) throw new Error(`${url} did not answer ${expect}`);
    if (!response.ok || response.url.includes('/login'))
      throw new Error(`${url}: ${response.status} ${response.url}`);
    return performance.now() - started;
  };
  const probe = (async () => {
    while (probing) {
      const at = phase;
      // What the admin's venue list asks the API, then the list page itself.
      const api = await timed(
        `${stack.cmsUrl}/api/venues?limit=10&depth=0&draft=true&sort=-updatedAt`,
        auth,
        '"docs"',
      );
      const page = await timed(`${stack.cmsUrl}/admin/collections/venues`, {
        cookie: `payload-token=${token}`,
      });
      probes.push({ phase: at, api, page });
      const mb = serverMemoryMb(stack.cmsProcessGroup) ?? 0;
      memory[at] = Math.max(memory[at] ?? 0, mb);
      await new Promise((resolve) => setTimeout(resolve, PROBE_EVERY_MS));
    }
  })();
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  await wait(IDLE_MS);
  phase = 'dry run';
  const checkStarted = performance.now();
  const checked = await fetch(`${stack.cmsUrl}/api/venue-imports/check?fileName=bench.csv`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'text/plain; charset=utf-8' },
    body: csv,
  });
  const { id, plan } = (await checked.json()) as { id: number; plan: { counts: Record<string, number> } };
  const dryRunSeconds = (performance.now() - checkStarted) / 1000;
  if (plan.counts.create !== ROWS) throw new Error(`dry run: ${JSON.stringify(plan.counts)}`);
  console.log(`Dry run of ${ROWS} rows: ${dryRunSeconds.toFixed(1)} s`);

  phase = 'import';
  const importStarted = performance.now();
  await fetch(`${stack.cmsUrl}/api/venue-imports/${id}/start`, { method: 'POST', headers: auth });
  let progress = { done: 0, total: ROWS, created: 0, failed: 0 };
  for (;;) {
    await wait(5_000);
    const answer = await fetch(`${stack.cmsUrl}/api/venue-imports/${id}/progress`, { headers: auth });
    const job = (await answer.json()) as { state: string; progress: typeof progress };
    progress = job.progress;
    process.stdout.write(`\r${progress.done} of ${progress.total} rows written   `);
    if (job.state !== 'running') break;
  }
  const importSeconds = (performance.now() - importStarted) / 1000;
  console.log(
    `\nImport: ${importSeconds.toFixed(0)} s, ${progress.created} created, ${progress.failed} refused`,
  );

  phase = 'idle after';
  await wait(IDLE_MS);
  probing = false;
  await probe;

  const phases = ['idle before', 'dry run', 'import', 'idle after'];
  const ms = (value: number) => `${Math.round(value)}`;
  const rows = [
    [
      'phase',
      'probes',
      'venue list API p50 / p95 (ms)',
      'admin list page p50 / p95 (ms)',
      'CMS memory, most (MB)',
    ],
    ...phases.map((name) => {
      const mine = probes.filter((probe) => probe.phase === name);
      const api = mine.map((probe) => probe.api);
      const page = mine.map((probe) => probe.page);
      return [
        name,
        `${mine.length}`,
        `${ms(median(api))} / ${ms(percentile(api, 95))}`,
        `${ms(median(page))} / ${ms(percentile(page, 95))}`,
        `${Math.round(memory[name] ?? Number.NaN)}`,
      ];
    }),
  ];
  const during = probes.filter((probe) => probe.phase === 'import').map((probe) => probe.page);
  const idle = probes.filter((probe) => probe.phase.startsWith('idle')).map((probe) => probe.page);
  const body = [
    wrapProse(
      `\`npm run bench:import\` (\`tsx bench/import.ts ${ROWS}\`), run on ${new Date().toISOString().slice(0, 10)} at \`${commit}\` ` +
        `on this machine (${os.cpus().length} cores, the load and the CMS sharing them): one CMS process of ` +
        '`startStack()` on the built app and its embedded PostgreSQL, holding the sample content; a CSV of ' +
        `${ROWS.toLocaleString('en')} venues (${(csv.length / 1e6).toFixed(1)} MB: the nine sample venues ` +
        'repeated under new names, with their descriptions, hours, prices, tips and fact checks, images from ' +
        'the library), imported as drafts through the same endpoints the admin and `npm run import` use.',
    ),
    '',
    markdownTable([
      ['figure', 'measured'],
      ['dry run (parse, check every row, look up references)', `${dryRunSeconds.toFixed(1)} s`],
      [
        'import',
        `${(importSeconds / 60).toFixed(1)} min, ${(progress.created / importSeconds).toFixed(1)} rows/s`,
      ],
      ['rows created / refused', `${progress.created} / ${progress.failed}`],
    ]),
    '',
    wrapProse(
      `While it ran, every ${PROBE_EVERY_MS} ms, one probe read the admin's venue list API (10 drafts, newest ` +
        "first) and then the admin's venue list page as the editor, one after the other (A: idle, before and " +
        'after; B: the dry run and the import):',
    ),
    '',
    markdownTable(rows),
    '',
    wrapProse(
      `The admin's list page took ${ms(median(during))} ms at the median during the import against ` +
        `${ms(median(idle))} ms idle (${(median(during) / median(idle)).toFixed(2)}×).`,
    ),
  ].join('\n');
  console.log(`\n${markdownTable(rows)}`);
  writeBenchmarkSection(SECTION_TITLE, body);
  console.log(`\nBENCHMARKS.md: "${SECTION_TITLE.slice(3)}" rewritten.`);
} finally {
  await stack.stop();
}
process.exit(0);
