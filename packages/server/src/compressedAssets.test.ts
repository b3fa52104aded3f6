import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acceptsBrotli, findCompressedAssets, serveCompressedAsset } from './compressedAssets.js';
import { precompress } from './precompress.js';

let appDir: string;
let chunks: string;
const script = `console.log(${JSON.stringify('paseo '.repeat(2000))});\n`;

beforeEach(() => {
  appDir = mkdtempSync(path.join(tmpdir(), 'paseo-assets-'));
  chunks = path.join(appDir, '.next/static/chunks');
  mkdirSync(chunks, { recursive: true });
  writeFileSync(path.join(chunks, 'page.js'), script);
  writeFileSync(path.join(chunks, 'site.css'), `.card{color:red}\n`.repeat(200));
  writeFileSync(path.join(chunks, 'tiny.js'), 'let a=1;');
  writeFileSync(path.join(chunks, 'notes.txt'), 'x'.repeat(5000));
});

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  rmSync(appDir, { recursive: true, force: true });
});

describe('acceptsBrotli', () => {
  it.each([
    ['gzip, deflate, br, zstd', true],
    ['br;q=0.5', true],
    ['BR', true],
    ['gzip, br;q=0', false],
    ['gzip, deflate', false],
    ['brotli', false],
    [undefined, false],
  ])('%s → %s', (header, expected) => {
    expect(acceptsBrotli(header)).toBe(expected);
  });
});

describe('precompress', () => {
  it('writes a Brotli copy of every script and stylesheet above 1 KB, and nothing else', () => {
    const totals = precompress(path.join(appDir, '.next/static'));
    expect(totals.files).toBe(2);
    expect(brotliDecompressSync(readFileSync(path.join(chunks, 'page.js.br'))).toString()).toBe(script);
    expect(statSync(path.join(chunks, 'page.js.br')).size).toBeLessThan(script.length / 10);
    expect(() => statSync(path.join(chunks, 'tiny.js.br'))).toThrow();
    expect(() => statSync(path.join(chunks, 'notes.txt.br'))).toThrow();
  });

  it('keeps a copy newer than its file and replaces one older', () => {
    precompress(path.join(appDir, '.next/static'));
    const copy = path.join(chunks, 'page.js.br');
    writeFileSync(copy, 'kept');
    precompress(path.join(appDir, '.next/static'));
    expect(readFileSync(copy, 'utf8')).toBe('kept');
    const past = new Date(Date.now() - 60_000);
    utimesSync(copy, past, past);
    precompress(path.join(appDir, '.next/static'));
    expect(brotliDecompressSync(readFileSync(copy)).toString()).toBe(script);
  });
});

type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** A real server that answers from the Brotli copies and says "next" for anything it passes on. */
async function serve(): Promise<
  (address: string, headers?: Record<string, string>, method?: string) => Promise<Answer>
> {
  const assets = findCompressedAssets(appDir);
  const server = createServer((request, response) => {
    if (!serveCompressedAsset(assets, request, response)) response.end('next');
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return (address, headers = {}, method = 'GET') =>
    new Promise((resolve, reject) => {
      httpRequest({ port, path: address, headers, method }, (response) => {
        const parts: Buffer[] = [];
        response.on('data', (part: Buffer) => parts.push(part));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(parts),
          }),
        );
      })
        .on('error', reject)
        .end();
    });
}

describe('serveCompressedAsset', () => {
  it('sends the Brotli copy with its type, a year of caching and the security headers', async () => {
    precompress(path.join(appDir, '.next/static'));
    const get = await serve();
    const answer = await get('/_next/static/chunks/page.js?dpl=1', { 'accept-encoding': 'gzip, br' });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toBe('application/javascript; charset=UTF-8');
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
    expect(brotliDecompressSync(answer.body).toString()).toBe(script);

    const css = await get('/_next/static/chunks/site.css', { 'accept-encoding': 'br' });
    expect(css.headers['content-type']).toBe('text/css; charset=UTF-8');

    const again = await get('/_next/static/chunks/page.js', {
      'accept-encoding': 'br',
      'if-none-match': String(answer.headers.etag),
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);

    const head = await get('/_next/static/chunks/page.js', { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(answer.headers['content-length']);
  });

  it('passes on browsers without Brotli, files without a copy, other methods and other addresses', async () => {
    precompress(path.join(appDir, '.next/static'));
    const get = await serve();
    const passed = async (...args: Parameters<typeof get>) => (await get(...args)).body.toString() === 'next';
    expect(await passed('/_next/static/chunks/page.js', { 'accept-encoding': 'gzip' })).toBe(true);
    expect(await passed('/_next/static/chunks/page.js', { 'accept-encoding': 'br;q=0' })).toBe(true);
    expect(await passed('/_next/static/chunks/tiny.js', { 'accept-encoding': 'br' })).toBe(true);
    expect(await passed('/_next/static/chunks/page.js', { 'accept-encoding': 'br' }, 'POST')).toBe(true);
    expect(await passed('/_next/static/chunks/../../../etc/passwd', { 'accept-encoding': 'br' })).toBe(true);
    expect(await passed('/en', { 'accept-encoding': 'br' })).toBe(true);
  });

  it('finds nothing in an app that was never built', () => {
    expect(findCompressedAssets(path.join(appDir, 'missing')).size).toBe(0);
  });
});
