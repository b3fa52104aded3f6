/**
 * Why the CMS's REST reads cost what they cost: for each kind of read the site makes, the SQL
 * statements PostgreSQL runs per request (counted by pg_stat_statements), the database's share of
 * the request's time, the CMS's throughput for it, and the plan of its costliest statement.
 * `npx tsx bench/cms-queries.ts` on the built CMS (`npm run build` first). Prints figures; asserts
 * nothing. Starts its own CMS on a temporary database; loopback only.
 */
import pg from 'pg';
import { pgCtl, runningDatabase, startDatabase, startStack } from '../scripts/stack';
import { median } from './report';
import { cardPopulate, cardQuery } from './siteReads';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 20);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

type Statement = { calls: string; total_exec_time: number; rows: string; query: string };

async function until(check: () => Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Gave up waiting for ${what}`);
}

async function throughput(url: string): Promise<number> {
  const deadline = Date.now() + SECONDS * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < deadline) {
        await (await fetch(url)).arrayBuffer();
        done += 1;
      }
    }),
  );
  return done / SECONDS;
}

// Only the CMS: the site's address is a placeholder nobody listens on.
const stack = await startStack({ siteUrl: 'http://127.0.0.1:9' });
try {
  const database = runningDatabase(stack.dataDir);
  if (!database) throw new Error('the CMS started no database');
  // The statistics module must be loaded when the server starts: restart it with the module.
  pgCtl(stack.dataDir, ['stop', '-m', 'fast', '-w']);
  startDatabase(stack.dataDir, database.port, [
    'shared_preload_libraries=pg_stat_statements',
    'pg_stat_statements.track=all',
  ]);
  const venuesUrl = `${stack.cmsUrl}/api/venues?limit=1&depth=0&locale=all&sort=id`;
  await until(async () => (await fetch(venuesUrl)).status === 200, 'the CMS to reconnect');
  const db = new pg.Client({
    host: '127.0.0.1',
    port: database.port,
    user: 'paseo',
    password: 'paseo',
    database: 'paseo',
  });
  await db.connect();
  await db.query('create extension if not exists pg_stat_statements');

  const first = ((await (await fetch(venuesUrl)).json()) as { docs: { slug: { es: string } }[] }).docs[0];
  if (!first) throw new Error('no venue');
  const slug = encodeURIComponent(first.slug.es);
  const reads = [
    {
      name: 'venue by slug, depth 2 (the venue page)',
      path: `/api/venues?locale=all&depth=2&limit=1&where[slug.es][equals]=${slug}`,
    },
    {
      name: 'venue by slug, depth 0',
      path: `/api/venues?locale=all&depth=0&limit=1&where[slug.es][equals]=${slug}`,
    },
    { name: 'list of 10 venues, depth 1', path: '/api/venues?depth=1&limit=10' },
    { name: 'list of 10 venues, depth 0', path: '/api/venues?depth=0&limit=10' },
    { name: 'nothing (idle window, for scale)', path: '' },
  ];

  const totalDocs = ((await (await fetch(venuesUrl)).json()) as { totalDocs: number }).totalDocs;
  console.log(`\nCMS reads, ${REQUESTS} sequential requests each (${totalDocs} venues in the database)\n`);
  for (const read of reads) {
    const url = `${stack.cmsUrl}${read.path}`;
    if (read.path) for (let i = 0; i < 3; i++) await (await fetch(url)).arrayBuffer();
    await db.query('select pg_stat_statements_reset()');
    const started = performance.now();
    let bytes = 0;
    for (let i = 0; i < REQUESTS; i++) {
      if (read.path) bytes += (await (await fetch(url)).arrayBuffer()).byteLength;
      else await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const httpMs = (performance.now() - started) / REQUESTS;
    const { rows } = await db.query<Statement>(
      `select calls, total_exec_time, rows, query from pg_stat_statements
       where query not ilike '%pg_stat_statements%' order by total_exec_time desc`,
    );
    const statements = rows.reduce((sum, row) => sum + Number(row.calls), 0) / REQUESTS;
    const dbMs = rows.reduce((sum, row) => sum + row.total_exec_time, 0) / REQUESTS;
    console.log(`${read.name}`);
    if (!read.path) {
      console.log(
        `  ${statements.toFixed(1)} statements per ${httpMs.toFixed(0)} ms window (background work)\n`,
      );
      continue;
    }
    const perSecond = await throughput(url);
    console.log(
      `  ${statements.toFixed(1)} SQL statements per request; database ${dbMs.toFixed(2)} ms of ${httpMs.toFixed(1)} ms per request ` +
        `(${((100 * dbMs) / httpMs).toFixed(1)} %); answer ${(bytes / REQUESTS / 1024).toFixed(1)} KB; ` +
        `${perSecond.toFixed(0)} req/s with ${CONCURRENCY} connections`,
    );
    for (const row of rows.slice(0, 4)) {
      console.log(
        `    ${(Number(row.calls) / REQUESTS).toFixed(1)}× ${(row.total_exec_time / Number(row.calls)).toFixed(3)} ms  ${row.query.replace(/\s+/g, ' ').slice(0, 160)}…`,
      );
    }
    const costliest = rows[0];
    if (costliest) {
      const plan = await db
        .query(`explain (generic_plan) ${costliest.query}`)
        .then((result) => result.rows.map((line) => String(line['QUERY PLAN'])))
        .catch((error: Error) => [`(no plan: ${error.message})`]);
      // The plan's shape in numbers: how many joins, and which tables it scans how.
      const nodes = new Map<string, number>();
      for (const line of plan) {
        const node = /^\s*(?:->\s*)?([A-Z][A-Za-z ]+?)(?: using [\w"]+)?(?: on ([\w"]+))?\s+\(cost/.exec(
          line,
        );
        if (!node) continue;
        const label = node[2] ? `${node[1]} on ${node[2]}` : (node[1] ?? '');
        nodes.set(label, (nodes.get(label) ?? 0) + 1);
      }
      const top = [...nodes].sort((a, b) => b[1] - a[1]).slice(0, 12);
      console.log(
        `    plan of the costliest (${plan.length} lines): ${top.map(([n, c]) => `${c}× ${n}`).join(', ')}`,
      );
    }
    console.log('');
  }

  // The site's reads as it makes them now (a card's fields; pinned venues as cards) against the
  // whole documents it used to ask for, in turns, so both meet the same machine.
  const venuePage = `/api/venues?locale=all&depth=2&limit=1&where[slug.es][equals]=${slug}`;
  const cardList = '/api/venues?locale=all&depth=1&limit=100&sort=slug';
  const comparisons = [
    { name: 'the venue page’s venue', before: venuePage, after: `${venuePage}&${cardPopulate}` },
    {
      name: 'venue cards (lists, nearby)',
      before: cardList,
      after: `${cardList}&${cardQuery}`,
    },
  ];
  console.log(`Before and after, ${CONCURRENCY} connections, ${SECONDS} s each, 3 rounds in turns (req/s)`);
  for (const comparison of comparisons) {
    const figures = { before: [] as number[], after: [] as number[] };
    const bytes = { before: 0, after: 0 };
    for (const side of ['before', 'after'] as const) {
      bytes[side] = (await (await fetch(`${stack.cmsUrl}${comparison[side]}`)).arrayBuffer()).byteLength;
    }
    for (let round = 0; round < 3; round++) {
      for (const side of ['before', 'after'] as const) {
        figures[side].push(await throughput(`${stack.cmsUrl}${comparison[side]}`));
      }
    }
    console.log(
      `  ${comparison.name}: before ${figures.before.map((v) => v.toFixed(0)).join('/')} ` +
        `(${(bytes.before / 1024).toFixed(1)} KB), after ${figures.after.map((v) => v.toFixed(0)).join('/')} ` +
        `(${(bytes.after / 1024).toFixed(1)} KB); medians ${median(figures.before).toFixed(0)} → ` +
        `${median(figures.after).toFixed(0)} req/s, ${(median(figures.after) / median(figures.before)).toFixed(2)}×`,
    );
  }
  await db.end();
} finally {
  await stack.stop();
}
