import { createServer, type Server } from 'node:http';

export type RevalidationCall = {
  authorization: string | undefined;
  body: { paths: string[]; tags: string[] };
};

/**
 * Stands in for the public site: records what the CMS posts to /api/revalidate, and can be told to
 * fail the next N calls (POST /fail?times=N). Tests read the record over HTTP (GET /calls), since
 * they run in other processes than the one that started it.
 */
export async function startSiteStandIn(): Promise<{ url: string; close: () => Promise<void> }> {
  const calls: RevalidationCall[] = [];
  let failuresLeft = 0;
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://stand-in');
    let raw = '';
    request.on('data', (chunk) => {
      raw += chunk;
    });
    request.on('end', () => {
      if (request.method === 'GET' && url.pathname === '/calls') {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify(calls));
        return;
      }
      if (request.method === 'POST' && url.pathname === '/fail') {
        failuresLeft = Number(url.searchParams.get('times') ?? 1);
        response.end('ok');
        return;
      }
      if (request.method === 'POST' && url.pathname === '/api/revalidate') {
        calls.push({ authorization: request.headers.authorization, body: JSON.parse(raw || '{}') });
        if (failuresLeft > 0) {
          failuresLeft--;
          response.statusCode = 503;
          response.end('down for the test');
          return;
        }
        response.setHeader('content-type', 'application/json');
        response.end('{"revalidated":true}');
        return;
      }
      response.statusCode = 404;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
