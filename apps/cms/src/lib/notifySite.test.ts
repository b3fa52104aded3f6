import { createServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { notifySite } from './notifySite';

const quiet = { info: () => {}, warn: () => {}, error: () => {} };
const servers: { close: () => void }[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

/** A site that answers each call with the next status in the list. */
async function site(statuses: number[]) {
  const received: { authorization?: string; body: string }[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push({ authorization: request.headers.authorization, body });
      response.statusCode = statuses[received.length - 1] ?? 200;
      response.end();
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, received };
}

const change = { paths: ['/es/lugares/a'], tags: ['venues'] };

describe('notifySite', () => {
  it('posts the change with the secret', async () => {
    const { url, received } = await site([200]);
    expect(await notifySite(change, { siteUrl: url, secret: 's3cret', logger: quiet })).toBe(true);
    expect(received).toEqual([{ authorization: 'Bearer s3cret', body: JSON.stringify(change) }]);
  });

  it('retries until the site takes it', async () => {
    const { url, received } = await site([503, 500, 200]);
    expect(await notifySite(change, { siteUrl: url, secret: 's', firstDelayMs: 1, logger: quiet })).toBe(
      true,
    );
    expect(received).toHaveLength(3);
  });

  it('gives up after its attempts without throwing, and logs it', async () => {
    const errors: string[] = [];
    const logger = { ...quiet, error: (message: string) => errors.push(message) };
    const ok = await notifySite(change, {
      siteUrl: 'http://127.0.0.1:9',
      secret: 's',
      attempts: 2,
      firstDelayMs: 1,
      logger,
    });
    expect(ok).toBe(false);
    expect(errors[0]).toMatch(/gave up after 2 attempts/);
  });

  it('does nothing without a site to tell', async () => {
    expect(await notifySite(change, { siteUrl: '', secret: 's', logger: quiet })).toBe(false);
  });
});
