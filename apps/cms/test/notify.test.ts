import { describe, expect, inject, it } from 'vitest';
import { api, asEditor } from './api';
import type { RevalidationCall } from './siteStandIn';

const siteUrl = inject('siteUrl');
const secret = inject('revalidateSecret');

const calls = async (): Promise<RevalidationCall[]> => (await fetch(`${siteUrl}/calls`)).json();

async function waitForCalls(atLeast: number, timeoutMs = 20_000): Promise<RevalidationCall[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const seen = await calls();
    if (seen.length >= atLeast || Date.now() > deadline) return seen;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function publishedVenue(token: string) {
  const { body } = await api('/api/venues?locale=all&limit=1&depth=0&sort=-id', { token });
  const venue = (body.docs as { id: number; slug: { es: string; en?: string } }[])[0];
  if (!venue) throw new Error('no venue');
  return venue;
}

describe('publishing tells the public site what changed', () => {
  it('sends the venue’s paths in both languages and its cache tags, with the shared secret', async () => {
    const token = await asEditor();
    const venue = await publishedVenue(token);
    const before = (await calls()).length;
    const saved = await api(`/api/venues/${venue.id}?locale=es`, {
      method: 'PATCH',
      token,
      body: { teaser: `Un paseo de tarde ${Date.now()}`, _status: 'published' },
    });
    expect(saved.status).toBe(200);
    const seen = await waitForCalls(before + 1);
    const call = seen[before];
    expect(call?.authorization).toBe(`Bearer ${secret}`);
    expect(call?.body.paths).toEqual(
      expect.arrayContaining([
        `/es/lugares/${venue.slug.es}`,
        `/en/places/${venue.slug.en ?? venue.slug.es}`,
        '/sitemap.xml',
      ]),
    );
    expect(call?.body.tags).toEqual(expect.arrayContaining(['venues', `venues:${venue.slug.es}`]));
  });

  it('tells the site of a redirect an editor writes, so an address it answered 404 can redirect', async () => {
    const token = await asEditor();
    const from = `/es/lugares/direccion-antigua-${Date.now()}`;
    const before = (await calls()).length;
    const saved = await api('/api/redirects', {
      method: 'POST',
      token,
      body: { from, to: { type: 'custom', url: '/es/lugares' } },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    const seen = await waitForCalls(before + 1);
    const call = seen.slice(before).find((c) => c.body.paths.includes(from));
    expect(call?.body.tags).toEqual(['redirects']);
    await api(`/api/redirects/${(saved.body.doc as { id: number }).id}`, { method: 'DELETE', token });
  });

  it('saves at once and retries while the site is down', async () => {
    const token = await asEditor();
    const venue = await publishedVenue(token);
    await fetch(`${siteUrl}/fail?times=2`, { method: 'POST' });
    const before = (await calls()).length;
    const started = Date.now();
    const saved = await api(`/api/venues/${venue.id}?locale=es`, {
      method: 'PATCH',
      token,
      body: { teaser: `Otra tarde ${Date.now()}`, _status: 'published' },
    });
    expect(saved.status).toBe(200);
    // The save did not wait for the retries (0.5 s + 1 s of pauses).
    expect(Date.now() - started).toBeLessThan(1500);
    const seen = await waitForCalls(before + 3);
    expect(seen.length - before).toBe(3);
    expect(seen.slice(before).every((call) => call.body.paths.includes(`/es/lugares/${venue.slug.es}`))).toBe(
      true,
    );
  });

  it('announces a renamed slug’s old and new paths, and leaves a redirect', async () => {
    const token = await asEditor();
    const venue = await publishedVenue(token);
    const renamed = `${venue.slug.es}-nuevo`;
    const before = (await calls()).length;
    await api(`/api/venues/${venue.id}?locale=es`, {
      method: 'PATCH',
      token,
      body: { slug: renamed, _status: 'published' },
    });
    // Two notices: the venue's, and the redirect its old address now answers with.
    const seen = (await waitForCalls(before + 2)).slice(before);
    const call = seen.find((c) => c.body.paths.includes(`/es/lugares/${renamed}`));
    expect(call?.body.paths).toEqual(
      expect.arrayContaining([`/es/lugares/${venue.slug.es}`, `/es/lugares/${renamed}`]),
    );
    expect(
      seen.some(
        (c) => c.body.tags.includes('redirects') && c.body.paths.includes(`/es/lugares/${venue.slug.es}`),
      ),
    ).toBe(true);
    const redirect = await api(`/api/redirects?where[from][equals]=/es/lugares/${venue.slug.es}`);
    expect((redirect.body.docs as { to: { url: string } }[])[0]?.to.url).toBe(`/es/lugares/${renamed}`);
    // Renaming back removes the redirect that would now shadow the page.
    await api(`/api/venues/${venue.id}?locale=es`, {
      method: 'PATCH',
      token,
      body: { slug: venue.slug.es, _status: 'published' },
    });
    const shadow = await api(`/api/redirects?where[from][equals]=/es/lugares/${venue.slug.es}`);
    expect(shadow.body.totalDocs).toBe(0);
  });

  it('announces an unpublished venue, and stays quiet about drafts', async () => {
    const token = await asEditor();
    const venue = await publishedVenue(token);
    const before = (await calls()).length;
    await api(`/api/venues/${venue.id}?locale=es&draft=true`, {
      method: 'PATCH',
      token,
      body: { teaser: 'Borrador que nadie ve todavía' },
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await calls()).length).toBe(before);
    await api(`/api/venues/${venue.id}?locale=es`, { method: 'PATCH', token, body: { _status: 'draft' } });
    const call = (await waitForCalls(before + 1))[before];
    expect(call?.body.paths).toContain(`/es/lugares/${venue.slug.es}`);
    await api(`/api/venues/${venue.id}?locale=es`, {
      method: 'PATCH',
      token,
      body: { _status: 'published' },
    });
  });
});
