/**
 * The built app's scripts and stylesheets sent from the Brotli copies `precompress.js` writes beside
 * them at build time, to browsers that accept Brotli: compressed once at the highest setting, they
 * are about 15 % smaller than the gzip made for each request (BENCHMARKS.md, "Phone speed").
 * Anything else, and any browser that does not accept Brotli, goes to Next.js as before.
 */
import { createReadStream, readdirSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { baseSecurityHeaders } from './securityHeaders.js';

/** What is compressed ahead, by extension, with the type it is served as. */
export const precompressedTypes: Readonly<Record<string, string>> = {
  '.js': 'application/javascript; charset=UTF-8',
  '.css': 'text/css; charset=UTF-8',
};

export type CompressedAsset = { file: string; type: string; size: number; etag: string };

/** Every built file under `.next/static` that has a Brotli copy, by the address it is served at. */
export function findCompressedAssets(appDir: string): Map<string, CompressedAsset> {
  const staticDir = path.join(appDir, '.next/static');
  const assets = new Map<string, CompressedAsset>();
  let entries: string[];
  try {
    entries = readdirSync(staticDir, { recursive: true, encoding: 'utf8' });
  } catch {
    return assets;
  }
  for (const entry of entries) {
    if (!entry.endsWith('.br')) continue;
    const original = entry.slice(0, -'.br'.length);
    const type = precompressedTypes[path.extname(original)];
    if (!type) continue;
    const file = path.join(staticDir, entry);
    const { size, mtimeMs } = statSync(file);
    const address = `/_next/static/${original.split(path.sep).join('/')}`;
    assets.set(address, {
      file,
      type,
      size,
      etag: `"br-${size.toString(36)}-${Math.floor(mtimeMs).toString(36)}"`,
    });
  }
  return assets;
}

/** Whether an Accept-Encoding header lets the response be Brotli (`br`, not refused with q=0). */
export function acceptsBrotli(acceptEncoding: string | undefined): boolean {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(',').some((part) => {
    const [coding, ...parameters] = part.trim().split(';');
    if (coding?.trim().toLowerCase() !== 'br') return false;
    const quality = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return quality === undefined || Number(quality.slice(2)) > 0;
  });
}

/**
 * Answers the request from a Brotli copy when there is one and the browser accepts it; returns
 * false, having written nothing, otherwise. The files are named by their content, so they are
 * cached for a year and never change under their address.
 */
export function serveCompressedAsset(
  assets: ReadonlyMap<string, CompressedAsset>,
  request: IncomingMessage,
  response: ServerResponse,
): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const asset = assets.get((request.url ?? '').split('?')[0] ?? '');
  if (!asset || !acceptsBrotli(request.headers['accept-encoding'])) return false;
  for (const { key, value } of baseSecurityHeaders) response.setHeader(key, value);
  response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
  response.setHeader('Vary', 'Accept-Encoding');
  response.setHeader('ETag', asset.etag);
  if (request.headers['if-none-match'] === asset.etag) {
    response.writeHead(304).end();
    return true;
  }
  response.setHeader('Content-Type', asset.type);
  response.setHeader('Content-Encoding', 'br');
  response.setHeader('Content-Length', asset.size);
  if (request.method === 'HEAD') {
    response.writeHead(200).end();
    return true;
  }
  response.writeHead(200);
  createReadStream(asset.file)
    .on('error', () => response.destroy())
    .pipe(response);
  return true;
}
