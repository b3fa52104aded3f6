import { describe, expect, it } from 'vitest';
import { CircuitBreaker, CmsUnavailableError, createCmsClient } from './client';

const ok = () =>
  new Response(JSON.stringify({ docs: [] }), { headers: { 'content-type': 'application/json' } });

describe('the CMS client', () => {
  it('reads every page of a long list a few pages at a time, in order', async () => {
    let inFlight = 0;
    let most = 0;
    const pages = 25;
    const fetchImpl = (async (url: string) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      const page = Number(new URL(url).searchParams.get('page'));
      return new Response(JSON.stringify({ docs: [{ page }], totalPages: pages }), {
        headers: { 'content-type': 'application/json' },
      });
    }) as typeof fetch;
    const client = createCmsClient({ baseUrl: 'http://cms.test', fetch: fetchImpl });
    const body = (await client.getAllFresh('/api/venues', {})) as { docs: { page: number }[] };
    expect(body.docs.map((doc) => doc.page)).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(4);
  });

  it('gives up on a slow CMS after its own short timeout', async () => {
    const slow = ((_url: string, init?: RequestInit) =>
      new Promise<Response>((resolve, reject) => {
        const timer = setTimeout(() => resolve(ok()), 5_000);
        init?.signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(init.signal?.reason);
        });
      })) as typeof fetch;
    const client = createCmsClient({ baseUrl: 'http://cms.test', fetch: slow, timeoutMs: 100 });
    const started = Date.now();
    await expect(client.getFresh('/api/venues', {})).rejects.toBeInstanceOf(CmsUnavailableError);
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('stops asking a failing CMS for a while, then lets one call through to see if it is back', async () => {
    let now = 0;
    let calls = 0;
    let down = true;
    const fetchImpl = (async () => {
      calls += 1;
      if (down) throw new TypeError('fetch failed: connect ECONNREFUSED');
      return ok();
    }) as typeof fetch;
    const breaker = new CircuitBreaker(3, 5_000, () => now);
    const client = createCmsClient({ baseUrl: 'http://cms.test', fetch: fetchImpl, breaker });
    for (let i = 0; i < 3; i++)
      await expect(client.getFresh('/api/venues', {})).rejects.toThrow(/unreachable/);
    expect(calls).toBe(3);
    expect(breaker.isOpen).toBe(true);
    // Open: failing at once, without a call.
    await expect(client.getFresh('/api/venues', {})).rejects.toThrow(/marked down/);
    expect(calls).toBe(3);
    // After the cool-down one probe goes out; it fails, so the breaker opens again.
    now = 6_000;
    await expect(client.getFresh('/api/venues', {})).rejects.toThrow(/unreachable/);
    expect(calls).toBe(4);
    await expect(client.getFresh('/api/venues', {})).rejects.toThrow(/marked down/);
    expect(calls).toBe(4);
    // The CMS is back: the next probe succeeds and closes the breaker.
    down = false;
    now = 12_000;
    await expect(client.getFresh('/api/venues', {})).resolves.toEqual({ docs: [] });
    await expect(client.getFresh('/api/venues', {})).resolves.toEqual({ docs: [] });
    expect(calls).toBe(6);
    expect(breaker.isOpen).toBe(false);
  });

  it('counts a CMS error answer as a failure, and a refused query as an answer', async () => {
    let status = 500;
    const breaker = new CircuitBreaker(2, 5_000);
    const fetchImpl = (async () => new Response('{}', { status })) as typeof fetch;
    const client = createCmsClient({ baseUrl: 'http://cms.test', fetch: fetchImpl, breaker });
    await expect(client.getFresh('/api/venues', {})).rejects.toThrow(/answered 500/);
    status = 400;
    await expect(client.getFresh('/api/venues', {})).rejects.toThrow(/answered 400/);
    status = 503;
    await expect(client.getFresh('/api/venues', {})).rejects.toThrow(/answered 503/);
    expect(breaker.isOpen).toBe(false);
    await expect(client.getFresh('/api/venues', {})).rejects.toThrow(/answered 503/);
    expect(breaker.isOpen).toBe(true);
  });

  it('marks its errors so the error page can say the site is temporarily unavailable', () => {
    expect(new CmsUnavailableError('x').digest).toBe('CMS_UNAVAILABLE');
  });
});
