/**
 * `node packages/server/dist/serve.js [--port N] [--hostname H] [--dir APP]`: serves a built Next.js app like `next start`,
 * but stamps each request with the client's address as the socket sees it (or, behind a proxy
 * listed in TRUSTED_PROXIES, as that proxy reports it). `next start` cannot do this: it fills
 * X-Forwarded-For only when the client sent none, so a client can name any address it likes.
 */
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  CLIENT_ADDRESS_HEADER,
  CLIENT_ADDRESS_STAMPED_ENV,
  clientAddress,
  parseTrustedProxies,
} from './clientAddress.js';

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

const server = createServer((request, response) => {
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddress(
    request.socket.remoteAddress,
    request.headers['x-forwarded-for'],
    trustedProxies,
  );
  handle(request, response).catch((error: unknown) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500).end();
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
