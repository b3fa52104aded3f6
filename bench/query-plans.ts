/**
 * The query plans of the venue reads the site and the admin make, on a city's worth of venues:
 * `npm run bench:query-plans -- 10000` (default 10,000; the built CMS, `npm run build` first).
 *
 * On a new temporary database it loads the sample content and N generated venues (as
 * `npm run generate:venues` does), starts the built CMS on it, and records every SQL statement
 * PostgreSQL runs for each read (its statement log). Each recorded statement that touches the
 * venue tables is then run again under EXPLAIN (ANALYZE, BUFFERS), with the indexes of the
 * city-scale migrations and, in the same transaction rolled back, without them, in turns. Prints
 * the plans and the statement count of each read, and writes its section of BENCHMARKS.md.
 * Loopback only; asserts nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import { distanceMeters } from '@paseo/domain';
import pg from 'pg';
import { cityIndexes as scaleIndexes } from '../apps/cms/src/migrations/20261128_025206_city_scale_indexes';
import { nearestIndex } from '../apps/cms/src/migrations/20261128_060000_nearest_venues';
import { databaseDirOf, pgCtl, runningDatabase, startDatabase, startStack } from '../scripts/stack';
import { markdownTable, median, wrapProse, writeBenchmarkSection } from './report';

const SECTION_TITLE = '## Venue queries on a city of 10,000 venues';
const count = Number(process.argv[2] ?? 10_000);
/** EXPLAIN ANALYZE runs of each statement, with and without the indexes, alternated. */
const ROUNDS = 3;
/** The indexes of the city-scale migrations, dropped for the "without" plans. */
const cityIndexes = [...scaleIndexes, nearestIndex];

type Logged = { sql: string; params: (string | null)[]; ms: number };
type Read = {
  name: string;
  path: string;
  as: 'visitor' | 'editor';
  /** What it stands for, in the report. */
  note: string;
};
type PlanNode = {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  'Rows Removed by Filter'?: number;
  Plans?: PlanNode[];
};

// 1. A fresh database with the sample content and the generated city, through Payload's local API.
const dataDir = mkdtempSync(path.join(tmpdir(), 'paseo-query-plans-'));
process.env.PASEO_DATA_DIR = dataDir;
delete process.env.DATABASE_URL;
const generation = await (async () => {
  const { withPayload } = await import('../apps/cms/scripts/openPayload');
  const { migrateDatabase } = await import('../apps/cms/scripts/migrateDatabase');
  const { loadCityVenues } = await import('../apps/cms/scripts/generateVenues/loadCityVenues');
  return withPayload(async (payload) => {
    await migrateDatabase(payload);
    const { seed } = await import('../apps/cms/src/seed');
    await seed(payload);
    console.log(`Generating ${count} venues…`);
    return loadCityVenues(payload, { count });
  });
})();
console.log(
  `${generation.created} venues in ${generation.seconds.toFixed(1)} s ` +
    `(${(generation.created / generation.seconds).toFixed(1)} venues/s)`,
);

// 2. The built CMS on it, only the CMS: the site's address is a placeholder nobody listens on. It
// starts the database again from its folder; the address the generation used is gone.
delete process.env.DATABASE_URL;
const stack = await startStack({ dataDir, siteUrl: 'http://127.0.0.1:9' });
const logFile = path.join(databaseDirOf(dataDir), 'log', 'statements.json');
let db: pg.Client | undefined;
try {
  const database = runningDatabase(dataDir);
  if (!database) throw new Error('the CMS started no database');
  // The statement log needs the logging collector, which is set when the server starts.
  pgCtl(dataDir, ['stop', '-m', 'fast', '-w']);
  startDatabase(dataDir, database.port, [
    'logging_collector=on',
    'log_destination=jsonlog',
    'log_directory=log',
    'log_filename=statements',
    'log_min_duration_statement=0',
  ]);
  const probe = `${stack.cmsUrl}/api/venues?limit=1&depth=0`;
  for (let tries = 0; (await fetch(probe).catch(() => undefined))?.status !== 200; tries++) {
    if (tries > 240) throw new Error('the CMS did not reconnect to its database');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  db = new pg.Client({
    host: '127.0.0.1',
    port: database.port,
    user: 'paseo',
    password: 'paseo',
    database: 'paseo',
    application_name: 'query-plans',
  });
  await db.connect();
  const client = db;

  // 3. The reads, as the site and the admin make them.
  const login = await fetch(`${stack.cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editor@example.com', password: 'paseo-demo-editor' }),
  });
  const { token } = (await login.json()) as { token?: string };
  if (!token) throw new Error(`editor login failed: ${login.status}`);
  const editor = { authorization: `JWT ${token}`, cookie: `payload-token=${token}` };

  // The site's own reads, as its data layer makes them (apps/web/src/data), for the page of a sample
  // venue in the busy centre: the richest page (pinned venues, guides) with the most neighbours.
  const slug = 'museo-casa-de-leon-trotsky';
  const { createCmsClient } = await import('../apps/web/src/data/client');
  const { createContent } = await import('../apps/web/src/data/content');
  const asked: string[] = [];
  const site = createContent(
    createCmsClient({
      baseUrl: stack.cmsUrl,
      timeoutMs: 60_000,
      fetch: (url, init) => {
        asked.push(String(url));
        return fetch(url, init);
      },
    }),
  );
  const page = await site.venuePage('es', slug);
  if (!page) throw new Error(`the site found no venue ${slug}`);
  // What the page shows as nearby (the pinned venues aside), against the venues truly nearest.
  const computed = page.nearby.filter((place) => !place.pinned).map((place) => place.meters);
  const pinned = new Set(page.nearby.filter((place) => place.pinned).map((place) => place.venue.slug.es));
  const { rows: points } = await client.query<{ slug: string; latitude: string; longitude: string }>(
    `select l.slug, v.location_latitude as latitude, v.location_longitude as longitude
     from venues v join venues_locales l on l._parent_id = v.id and l._locale = 'es'
     where v._status = 'published'`,
  );
  const nearest = points
    .filter((point) => point.slug !== slug && !pinned.has(point.slug))
    .map((point) =>
      distanceMeters(page.venue.location, {
        latitude: Number(point.latitude),
        longitude: Number(point.longitude),
      }),
    )
    .sort((a, b) => a - b)
    .slice(0, computed.length);
  const metres = (list: number[]) => list.map((m) => Math.round(m)).join(', ');
  console.log(
    `The page of ${slug} shows as nearby (pinned aside) venues at ${metres(computed)} m; ` +
      `the nearest published venues are at ${metres(nearest)} m.`,
  );
  const siteRead = (test: (url: URL) => boolean, what: string) => {
    const url = asked.map((address) => new URL(address)).find(test);
    if (!url) throw new Error(`the venue page asked the CMS for no ${what}`);
    return `${url.pathname}${url.search}`;
  };
  const bySlugPath = siteRead((url) => url.searchParams.has('where[slug.es][equals]'), 'venue by slug');
  const nearbyPath = siteRead((url) => url.pathname === '/api/venues/nearest', 'nearest venues');
  const term = 'jacaranda';
  const reads: Read[] = [
    {
      name: 'venue by slug (venue page)',
      as: 'visitor',
      note: 'the venue page’s read of its venue',
      path: bySlugPath,
    },
    {
      name: 'nearby (venue page)',
      as: 'visitor',
      note: 'the venue page’s cards of the venues nearest it (`/api/venues/nearest`)',
      path: nearbyPath,
    },
    {
      name: 'search text (REST)',
      as: 'visitor',
      note: `\`where[searchText][like]=${term}\``,
      path: `/api/venues?depth=0&limit=20&where[searchText][like]=${term}`,
    },
    {
      name: 'admin list search',
      as: 'editor',
      note: `the admin’s venue list searching “${term}” (its name or slug, in drafts)`,
      path: `/admin/collections/venues?search=${term}`,
    },
    {
      name: 'admin list',
      as: 'editor',
      note: 'the admin’s venue list, first page',
      path: '/admin/collections/venues',
    },
    {
      name: 'admin list (REST)',
      as: 'editor',
      note: 'what the list asks for: 10 drafts, depth 0, newest first',
      path: '/api/venues?limit=10&depth=0&draft=true&sort=-createdAt',
    },
  ];

  /** The log's entries from `offset` on: each statement PostgreSQL ran, with its parameters. */
  const logFrom = (offset: number): { entries: (Logged & { app: string })[]; end: number } => {
    const text = readFileSync(logFile, 'utf8');
    const entries: (Logged & { app: string })[] = [];
    for (const line of text.slice(offset).split('\n')) {
      if (!line.trim()) continue;
      const entry = JSON.parse(line) as { message?: string; detail?: string; application_name?: string };
      const match = /^duration: ([\d.]+) ms\s+(?:statement|execute [^:]*): ([\s\S]*)$/.exec(
        entry.message ?? '',
      );
      if (!match) continue;
      const params: (string | null)[] = [];
      for (const [, index, value] of (entry.detail ?? '').matchAll(/\$(\d+) = (NULL|'(?:[^']|'')*')/g)) {
        params[Number(index) - 1] =
          value === 'NULL' ? null : (value ?? "''").slice(1, -1).replace(/''/g, "'");
      }
      entries.push({ sql: match[2] ?? '', params, ms: Number(match[1]), app: entry.application_name ?? '' });
    }
    return { entries, end: text.length };
  };

  /**
   * The statements the CMS ran for one request, in order (the job queue's polling left out), and
   * how many documents matched when the answer says.
   */
  const record = async (read: Read): Promise<{ statements: Logged[]; totalDocs?: number }> => {
    const headers = read.as === 'editor' ? editor : {};
    const url = `${stack.cmsUrl}${read.path}`;
    // Once first, so what is recorded is a warm request (compiled route, filled caches).
    await (await fetch(url, { headers })).arrayBuffer();
    const marker = `query-plans ${Date.now()}`;
    await client.query(`select '${marker} start'`);
    const start = readFileSync(logFile, 'utf8').length;
    const response = await fetch(url, { headers });
    const body = await response.text();
    if (!response.ok) throw new Error(`${read.name}: ${response.status} for ${url}`);
    const totalDocs = read.path.startsWith('/api/')
      ? (JSON.parse(body) as { totalDocs?: number }).totalDocs
      : undefined;
    await client.query(`select '${marker} end'`);
    for (let tries = 0; ; tries++) {
      const { entries } = logFrom(start);
      if (entries.some((entry) => entry.sql.includes(`${marker} end`))) {
        const statements = entries.filter(
          (entry) => entry.app !== 'query-plans' && !/payload_jobs/.test(entry.sql),
        );
        return { statements, totalDocs };
      }
      if (tries > 100) throw new Error('the statement log did not show the end marker');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  /** Statements that read a venue table first (not those that only name one, like the lock check). */
  const touchesVenues = (statement: Logged) => /\bfrom "?_?venues/i.test(statement.sql);

  const plan = async (statement: Logged, withoutIndexes: boolean) => {
    await client.query('begin');
    try {
      if (withoutIndexes) {
        for (const index of cityIndexes) await client.query(`drop index if exists "${index.name}"`);
      }
      const { rows } = await client.query(
        `explain (analyze, buffers, format json) ${statement.sql}`,
        statement.params,
      );
      const { rows: text } = await client.query(
        `explain (analyze, buffers) ${statement.sql}`,
        statement.params,
      );
      const json = (rows[0] as { 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number }] })[
        'QUERY PLAN'
      ][0];
      return {
        ms: json['Execution Time'],
        root: json.Plan,
        text: text.map((row) => String((row as Record<string, unknown>)['QUERY PLAN'])),
      };
    } finally {
      await client.query('rollback');
    }
  };

  /** The scans of a plan: "Index Scan using venues_slug_idx on venues_locales (1 rows)". */
  const scans = (node: PlanNode, found: string[] = []): string[] => {
    if (/Scan/.test(node['Node Type']) && node['Node Type'] !== 'Subquery Scan') {
      const loops = node['Actual Loops'] ?? 1;
      const read = ((node['Actual Rows'] ?? 0) + (node['Rows Removed by Filter'] ?? 0)) * loops;
      const on = node['Relation Name'] ? ` on ${node['Relation Name']}` : '';
      const using = node['Index Name'] ? ` using ${node['Index Name']}` : '';
      found.push(`${node['Node Type']}${using}${on} (${Math.round(read)} rows)`);
    }
    for (const child of node.Plans ?? []) scans(child, found);
    return found;
  };
  /** Whole-table scans that read something (an empty table is scanned whole at no cost). */
  const seqScans = (list: string[]) =>
    list.filter((scan) => scan.startsWith('Seq Scan') && !scan.endsWith('(0 rows)'));

  const { rows: venueCount } = await client.query<{ n: string }>('select count(*) as n from venues');
  console.log(
    `\n${venueCount[0]?.n} venues; ${cityIndexes.length} indexes from the city-scale migrations; ` +
      `EXPLAIN (ANALYZE, BUFFERS) of each statement ${ROUNDS}× with them and ${ROUNDS}× without, in turns\n`,
  );
  type Measured = {
    kind: string;
    withMs: number;
    withoutMs: number;
    withScans: string[];
    withoutScans: string[];
  };
  const results: {
    read: Read;
    statements: number;
    totalDocs?: number;
    venueStatements: Measured[];
    indexesUsed: string[];
  }[] = [];

  /** What a statement of Payload's reads is for: the page of ids, the total, or the documents. */
  const kindOf = (sql: string) =>
    /^select distinct/i.test(sql)
      ? 'ids'
      : /^select (count\(\*\)|COUNT\(1\) OVER\(\))/i.test(sql)
        ? 'total'
        : 'documents';

  for (const read of reads) {
    const { statements, totalDocs } = await record(read);
    const venueStatements = statements.filter(touchesVenues);
    console.log(`${read.name}: ${read.as === 'editor' ? 'editor' : 'visitor'} GET ${read.path}`);
    console.log(
      `  ${statements.length} SQL statements (${venueStatements.length} on venue tables), ` +
        `${statements.reduce((sum, s) => sum + s.ms, 0).toFixed(1)} ms in the database` +
        (totalDocs === undefined ? '' : `; ${totalDocs} venues matched`),
    );
    const measured: Measured[] = [];
    const indexesUsed = new Set<string>();
    let costliest: { ms: number; text: string[] } | undefined;
    for (const statement of venueStatements) {
      const timings = { with: [] as number[], without: [] as number[] };
      let withPlan: Awaited<ReturnType<typeof plan>> | undefined;
      let withoutPlan: Awaited<ReturnType<typeof plan>> | undefined;
      for (let round = 0; round < ROUNDS; round++) {
        withPlan = await plan(statement, false);
        timings.with.push(withPlan.ms);
        withoutPlan = await plan(statement, true);
        timings.without.push(withoutPlan.ms);
      }
      if (!withPlan || !withoutPlan) continue;
      const entry = {
        kind: kindOf(statement.sql),
        withMs: median(timings.with),
        withoutMs: median(timings.without),
        withScans: scans(withPlan.root),
        withoutScans: scans(withoutPlan.root),
      };
      measured.push(entry);
      for (const scan of entry.withScans) {
        const index = / using (\S+)/.exec(scan)?.[1];
        if (index && cityIndexes.some((i) => i.name === index)) indexesUsed.add(index);
      }
      if (!costliest || entry.withMs > costliest.ms) costliest = { ms: entry.withMs, text: withPlan.text };
      console.log(
        `    ${entry.kind}: ${entry.withMs.toFixed(2)} ms (without the indexes ${entry.withoutMs.toFixed(2)} ms)  ` +
          `${statement.sql.replace(/\s+/g, ' ').slice(0, 140)}…`,
      );
      console.log(`      with:    ${entry.withScans.join('; ')}`);
      console.log(`      without: ${entry.withoutScans.join('; ')}`);
    }
    if (costliest) {
      console.log('  plan of its costliest statement (with the indexes):');
      for (const line of costliest.text) console.log(`    ${line}`);
    }
    console.log('');
    results.push({
      read,
      statements: statements.length,
      totalDocs,
      venueStatements: measured,
      indexesUsed: [...indexesUsed],
    });
  }

  // 4. The report.
  const date = new Date().toISOString().slice(0, 10);
  const machine = `${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, load average ${loadavg()[0]?.toFixed(1)} at the end`;
  const sum = (list: Measured[], key: 'withMs' | 'withoutMs') => list.reduce((total, m) => total + m[key], 0);
  /** Tables read whole, each with the most rows one scan read: "venues (10009)". */
  const wholeTables = (list: Measured[], key: 'withScans' | 'withoutScans') => {
    const most = new Map<string, number>();
    for (const scan of list.flatMap((m) => seqScans(m[key]))) {
      const [, table, rows] = /^Seq Scan on (\S+) \((\d+) rows\)$/.exec(scan) ?? [];
      if (table) most.set(table, Math.max(most.get(table) ?? 0, Number(rows)));
    }
    return most.size === 0 ? 'none' : [...most].map(([table, rows]) => `${table} (${rows})`).join(', ');
  };
  /** A read's address, its long lists of selected and populated fields shortened. */
  const shortPath = (read: Read) => {
    const url = new URL(read.path, 'http://cms');
    const kept: string[] = [];
    const counted = new Map<string, number>();
    for (const [key, value] of url.searchParams) {
      const list = /^(select|populate)\[/.exec(key)?.[1];
      if (list) counted.set(list, (counted.get(list) ?? 0) + 1);
      else kept.push(`${key}=${/^-?\d+\.\d{6,}$/.test(value) ? Number(value).toFixed(5) : value}`);
    }
    const lists = [...counted].map(([list, n]) => `${list}[…${n} fields]`);
    return `${url.pathname}${kept.length + lists.length ? '?' : ''}${[...kept, ...lists].join('&')}`;
  };
  const table = markdownTable([
    [
      'read',
      'SQL statements (on venue tables)',
      'venue statements, EXPLAIN ANALYZE: with the indexes',
      'without',
      'without ÷ with',
      'tables read whole (rows): with the indexes',
      'without',
    ],
    ...results.map((r) => {
      const withMs = sum(r.venueStatements, 'withMs');
      const withoutMs = sum(r.venueStatements, 'withoutMs');
      return [
        r.read.name,
        `${r.statements} (${r.venueStatements.length})`,
        `${withMs.toFixed(2)} ms`,
        `${withoutMs.toFixed(2)} ms`,
        withMs > 0 ? (withoutMs / withMs).toFixed(1) : '–',
        wholeTables(r.venueStatements, 'withScans'),
        wholeTables(r.venueStatements, 'withoutScans'),
      ];
    }),
  ]);
  const slugRead = results.find((r) => r.read.name.startsWith('venue by slug'));
  const body = [
    wrapProse(
      `\`npm run bench:query-plans -- ${count}\` (built CMS on a new embedded PostgreSQL with the sample ` +
        `content and ${generation.created} generated venues, ${venueCount[0]?.n} in all), run on ${date} on ` +
        `${machine}. Generating the venues took ${generation.seconds.toFixed(1)} s ` +
        `(${(generation.created / generation.seconds).toFixed(1)} venues/s). Every statement PostgreSQL ran for ` +
        `one warm request of each read was taken from its statement log (\`log_min_duration_statement=0\`); ` +
        `each one on a venue table was run again under EXPLAIN (ANALYZE, BUFFERS) ${ROUNDS} times with the ` +
        `indexes of migrations \`20261128_025206_city_scale_indexes\` and \`20261128_060000_nearest_venues\` and ${ROUNDS} times without them ` +
        `(dropped in a transaction that was rolled back), in turns; times are sums of medians. The site's ` +
        `reads are the ones its data layer (apps/web/src/data) made for the page of ${slug}.`,
    ),
    '',
    table,
    '',
    ...results.map((r) => {
      const detail = r.venueStatements
        .map((m) => `${m.kind} ${m.withoutMs.toFixed(2)} → ${m.withMs.toFixed(2)} ms`)
        .join(', ');
      const uses = r.indexesUsed.length ? `; uses ${r.indexesUsed.map((i) => `\`${i}\``).join(', ')}` : '';
      const matched =
        r.totalDocs === undefined ? '' : `; ${r.totalDocs} venue${r.totalDocs === 1 ? '' : 's'} matched`;
      return wrapProse(
        `- ${r.read.name}: ${r.read.note}${matched}${uses}; without → with the indexes: ${detail}. ` +
          `${r.read.as === 'editor' ? 'As an editor' : 'Anonymous'}: \`GET ${shortPath(r.read)}\``,
        '  ',
      );
    }),
    '',
    wrapProse(
      `The venue page shows as nearby (its pinned venues aside) venues at ${metres(computed)} m from ` +
        `${slug}; the nearest published venues are at ${metres(nearest)} m.`,
    ),
    ...(slugRead
      ? [
          '',
          wrapProse(
            `One venue read by slug at the site's depth (2, \`locale=all\`, the pinned venues as cards) costs ` +
              `${slugRead.statements} SQL statements, ${slugRead.venueStatements.length} of them on venue tables.`,
          ),
        ]
      : []),
  ].join('\n');
  writeBenchmarkSection(SECTION_TITLE, body);
  console.log(`Wrote "${SECTION_TITLE}" in BENCHMARKS.md`);
} finally {
  await db?.end().catch(() => {});
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
// Payload's local API (used for the generation) leaves timers behind; the work is done.
process.exit(0);
