/**
 * Benchmarks a venue page on the built apps (`npm run build` first): `npm run bench`.
 * Prints figures; asserts nothing. Traffic goes to this machine's loopback only, in bounded loops.
 *
 * 1. Throughput of the cached page, with the same HTML served by nginx side by side when nginx is
 *    installed (Debian: `apt-get install -y nginx`), and the ratio of the two.
 * 2. Publish in the CMS → visible on the public site, over several publishes.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { freePort, startStack } from '../scripts/stack';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const PUBLISHES = Number(process.env.BENCH_PUBLISHES ?? 5);

/** Requests per second over SECONDS with CONCURRENCY loops, and the number of failed requests. */
async function load(url: string): Promise<{ perSecond: number; errors: number; requests: number }> {
  const deadline = Date.now() + SECONDS * 1000;
  let requests = 0;
  let errors = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < deadline) {
        try {
          const response = await fetch(url);
          await response.arrayBuffer();
          if (!response.ok) errors++;
        } catch {
          errors++;
        }
        requests++;
      }
    }),
  );
  return { perSecond: requests / SECONDS, errors, requests };
}

function nginxBinary(): string | undefined {
  return ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => existsSync(candidate));
}

async function nginxServing(
  html: string,
  dataDir: string,
): Promise<{ url: string; stop: () => void } | undefined> {
  const binary = nginxBinary();
  if (!binary) return undefined;
  const root = path.join(dataDir, 'nginx');
  mkdirSync(path.join(root, 'html'), { recursive: true });
  writeFileSync(path.join(root, 'html/venue.html'), html);
  const port = await freePort();
  const conf = path.join(root, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes 1; daemon off; pid ${root}/nginx.pid; error_log ${root}/error.log;
events { worker_connections 1024; }
http { access_log off; server { listen 127.0.0.1:${port}; root ${root}/html;
  location / { default_type text/html; } } }`,
  );
  const server = spawn(binary, ['-c', conf, '-p', root], { stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 500));
  return { url: `http://127.0.0.1:${port}/venue.html`, stop: () => server.kill('SIGTERM') };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const stack = await startStack();
try {
  const { docs } = (await (
    await fetch(`${stack.cmsUrl}/api/venues?locale=all&limit=1&depth=0&sort=id`)
  ).json()) as {
    docs: { id: number; slug: { es: string } }[];
  };
  const venue = docs[0];
  if (!venue) throw new Error('no published venue');
  const pageUrl = `${stack.webUrl}/es/lugares/${venue.slug.es}`;
  const html = await (await fetch(pageUrl)).text();

  const site = await load(pageUrl);
  console.log(
    `venue page (Next.js, cached): ${site.perSecond.toFixed(0)} req/s, ${site.errors} errors in ${site.requests} requests ` +
      `(${CONCURRENCY} concurrent, ${SECONDS} s)`,
  );
  const nginx = await nginxServing(html, stack.dataDir);
  if (nginx) {
    const reference = await load(nginx.url);
    nginx.stop();
    console.log(
      `same HTML from nginx:          ${reference.perSecond.toFixed(0)} req/s, ${reference.errors} errors`,
    );
    console.log(`ratio site / nginx:            ${(site.perSecond / reference.perSecond).toFixed(3)}`);
  } else {
    console.log('nginx is not installed; for the side-by-side figure: apt-get install -y nginx');
  }

  const login = (await (
    await fetch(`${stack.cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'editor@example.com', password: 'paseo-demo-editor' }),
    })
  ).json()) as { token: string };
  const delays: number[] = [];
  for (let i = 0; i < PUBLISHES; i++) {
    const marker = `Medición ${Date.now()}`;
    const started = performance.now();
    await fetch(`${stack.cmsUrl}/api/venues/${venue.id}?locale=es`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${login.token}` },
      body: JSON.stringify({ teaser: marker, _status: 'published' }),
    });
    for (let tries = 0; tries < 300; tries++) {
      if ((await (await fetch(pageUrl)).text()).includes(marker)) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    delays.push(performance.now() - started);
  }
  console.log(
    `publish → visible: median ${median(delays).toFixed(0)} ms, worst ${Math.max(...delays).toFixed(0)} ms ` +
      `over ${PUBLISHES} publishes`,
  );
  const scripts = new Set(html.match(/\/_next\/static\/[^"']+\.js/g) ?? []);
  let gzipTotal = 0;
  for (const script of scripts) {
    gzipTotal += gzipSync(Buffer.from(await (await fetch(`${stack.webUrl}${script}`)).arrayBuffer())).length;
  }
  console.log(`client JavaScript on the venue page: ${(gzipTotal / 1024).toFixed(1)} KB gzip`);
} finally {
  await stack.stop();
}
