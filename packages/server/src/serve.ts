/**
 * `node packages/server/dist/serve.js [--port N] [--hostname H] [--dir APP]`: serves a built Next.js app like `next start`,
 * but stamps each request with the client's address as the socket sees it (or, behind a proxy
 * listed in TRUSTED_PROXIES, as that proxy reports it). `next start` cannot do this: it fills
 * X-Forwarded-For only when the client sent none, so a client can name any address it likes.
 * It also compresses what it sends (Brotli or gzip, see below).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { constants } from 'node:zlib';
import compression from 'compression';
import {
  CLIENT_ADDRESS_HEADER,
  CLIENT_ADDRESS_STAMPED_ENV,
  clientAddress,
  parseTrustedProxies,
} from './clientAddress.js';
import { findCompressedAssets, serveCompressedAsset } from './compressedAssets.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.PORT ?? '3000' },
    hostname: { type: 'string' },
    dir: { type: 'string', default: '.' },
  },
});
const dir = path.resolve(values.dir);
const port = Number(values.port);
const trustedProxies = parseTrustedProxies(process.env.TRUSTED_PROXIES);
process.env.NODE_ENV ??= 'production';
process.env[CLIENT_ADDRESS_STAMPED_ENV] = '1';

// The app's own Next.js, as `next start` run in that folder would use.
type NextServer = { prepare(): Promise<void>; getRequestHandler(): (...args: unknown[]) => Promise<void> };
const next = createRequire(path.join(dir, 'package.json'))('next') as (options: object) => NextServer;
const app = next({ dev: false, dir, port, ...(values.hostname ? { hostname: values.hostname } : {}) });
await app.prepare();
const handle = app.getRequestHandler();

// Built scripts and styles from their Brotli copies; the rest compressed here as it is sent, Brotli
// when the browser takes it (pages about a third smaller than gzip), unless the app compressed it
// itself (an app whose next.config leaves `compress` on).
const compressedAssets = findCompressedAssets(dir);
// Its types name Express's request; it reads only what Node's own has.
const compress = compression({
  brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
}) as unknown as (request: IncomingMessage, response: ServerResponse, next: () => void) => void;

const server = createServer((request, response) => {
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(
    request.socket.remoteAddress,
    request.headers['x-forwarded-for'],
    trustedProxies,
  );
  if (serveCompressedAsset(compressedAssets, request, response)) return;
  compress(request, response, () => {
    handle(request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500).end();
    });
  });
});
server.listen(port, values.hostname, () => {
  console.log(`Ready on http://${values.hostname ?? 'localhost'}:${port}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
    setTimeout(() => process.exit(0), 3000).unref();
  });
}
