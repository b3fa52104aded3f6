import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { api, asEditor, count, errorPaths, type Json, suffix } from './api';
import { guideData, newImage, paragraphWithLink, references, venueData } from './fixtures';
import { recordWhatHeld } from './reliabilityRecord';

const mediaDir = path.join(inject('dataDir'), 'media');

async function created(collection: string, token: string, body: Json): Promise<{ id: number } & Json> {
  const response = await api(`/api/${collection}`, { method: 'POST', token, body });
  if (response.status !== 201)
    throw new Error(`${collection}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.doc as { id: number } & Json;
}

const message = (body: Json) => JSON.stringify(body.errors ?? body);

function neighborhoodData(overrides: Json = {}): Json {
  return {
    name: `Barrio de prueba ${suffix()}`,
    kind: 'neighborhood',
    summary: 'Un barrio de prueba.',
    centre: { latitude: 19.35, longitude: -99.16 },
    _status: 'published',
    ...overrides,
  };
}

describe('what a published entry uses cannot be deleted; the answer names the entries', () => {
  recordWhatHeld({
    id: 'cms.delete-while-used',
    area: 'attack',
    tried:
      'deleting images, categories, neighborhoods, guides and pinned venues that published entries use, one by one and in bulk',
    test: 'apps/cms/test/integrity.test.ts',
  });

  it('an image used as a hero, in a gallery or as an SEO image', async () => {
    const token = await asEditor();
    const refs = await references(token);
    const [hero, inGallery, seo] = [await newImage(token), await newImage(token), await newImage(token)];
    const venue = await created(
      'venues',
      token,
      venueData({ ...refs, heroImage: hero.id }, { gallery: [inGallery.id] }),
    );
    const guide = await created('guides', token, guideData({ meta: { image: seo.id } }));
    for (const [image, user] of [
      [hero, venue.name],
      [inGallery, venue.name],
      [seo, guide.title],
    ] as const) {
      const { status, body } = await api(`/api/media/${image.id}`, { method: 'DELETE', token });
      expect(status, String(user)).toBe(409);
      expect(message(body)).toContain(String(user));
      expect((await api(`/api/media/${image.id}`, { token })).status).toBe(200);
      expect(existsSync(path.join(mediaDir, image.filename)), 'the file is kept').toBe(true);
    }
    const page = await api(`/api/venues/${venue.id}?depth=1`);
    expect((page.body.heroImage as { id: number }).id).toBe(hero.id);
  });

  it('a category, a neighborhood, a parent neighborhood, a guide, a pinned venue', async () => {
    const token = await asEditor();
    const refs = await references(token);
    const borough = await created('neighborhoods', token, neighborhoodData({ kind: 'borough' }));
    const child = await created('neighborhoods', token, neighborhoodData({ parent: borough.id }));
    const guide = await created('guides', token, guideData());
    const pinned = await created('venues', token, venueData(refs));
    const venue = await created(
      'venues',
      token,
      venueData({ ...refs, neighborhood: child.id }, { guides: [guide.id], pinnedNearby: [pinned.id] }),
    );
    for (const [collection, id, user] of [
      ['categories', refs.category, venue.name],
      ['neighborhoods', child.id, venue.name],
      ['neighborhoods', borough.id, child.name],
      ['guides', guide.id, venue.name],
      ['venues', pinned.id, venue.name],
    ] as const) {
      const { status, body } = await api(`/api/${collection}/${id}`, { method: 'DELETE', token });
      expect(status, `${collection} ${id}`).toBe(409);
      expect(message(body)).toContain(String(user));
      expect((await api(`/api/${collection}/${id}`, { token })).status).toBe(200);
    }
  });

  it('a bulk delete is refused as a whole: nothing is deleted', async () => {
    const token = await asEditor();
    const refs = await references(token);
    const unused = await newImage(token);
    const used = await newImage(token);
    const venue = await created('venues', token, venueData({ ...refs, heroImage: used.id }));
    const before = await count('media', token);
    const { status, body } = await api(`/api/media?where[id][in]=${unused.id},${used.id}`, {
      method: 'DELETE',
      token,
    });
    expect(status).toBe(409);
    expect(message(body)).toContain(String(venue.name));
    expect(await count('media', token)).toBe(before);
    for (const image of [unused, used]) {
      expect((await api(`/api/media/${image.id}`, { token })).status).toBe(200);
      expect(existsSync(path.join(mediaDir, image.filename))).toBe(true);
    }
  });

  it('what nothing published uses is deleted, even when a draft uses it', async () => {
    const token = await asEditor();
    const refs = await references(token);
    const unused = await newImage(token);
    expect((await api(`/api/media/${unused.id}`, { method: 'DELETE', token })).status).toBe(200);
    const inDraft = await newImage(token);
    const draft = await api('/api/venues?draft=true', {
      method: 'POST',
      token,
      body: venueData({ ...refs, heroImage: inDraft.id }, { _status: 'draft' }),
    });
    expect(draft.status).toBe(201);
    expect((await api(`/api/media/${inDraft.id}`, { method: 'DELETE', token })).status).toBe(200);
    // Entries deleted together may use each other.
    const pinned = await created('venues', token, venueData(refs));
    const pinning = await created('venues', token, venueData(refs, { pinnedNearby: [pinned.id] }));
    const both = await api(`/api/venues?where[id][in]=${pinned.id},${pinning.id}`, {
      method: 'DELETE',
      token,
    });
    expect(both.status).toBe(200);
  });
});

describe('a published entry cannot rely on an entry visitors cannot see', () => {
  recordWhatHeld({
    id: 'cms.publish-onto-unpublished',
    area: 'attack',
    tried:
      'publishing a venue onto an unpublished neighborhood; unpublishing a neighborhood a published venue is in',
    test: 'apps/cms/test/integrity.test.ts',
  });

  it('a venue is not published with a neighborhood that is not', async () => {
    const token = await asEditor();
    const refs = await references(token);
    const draft = await api('/api/neighborhoods?draft=true', {
      method: 'POST',
      token,
      body: neighborhoodData({ _status: 'draft' }),
    });
    expect(draft.status).toBe(201);
    const neighborhood = draft.body.doc as { id: number; name: string };
    const { status, body } = await api('/api/venues', {
      method: 'POST',
      token,
      body: venueData({ ...refs, neighborhood: neighborhood.id }),
    });
    expect(status).toBe(400);
    expect(errorPaths(body)).toEqual(['neighborhood']);
    expect(message(body)).toContain(neighborhood.name);
  });

  it('a neighborhood a published venue is in is not unpublished', async () => {
    const token = await asEditor();
    const refs = await references(token);
    const neighborhood = await created('neighborhoods', token, neighborhoodData());
    const venue = await created('venues', token, venueData({ ...refs, neighborhood: neighborhood.id }));
    const { status, body } = await api(`/api/neighborhoods/${neighborhood.id}`, {
      method: 'PATCH',
      token,
      body: { _status: 'draft' },
    });
    expect(status).toBe(409);
    expect(message(body)).toContain(String(venue.name));
    expect((await api(`/api/neighborhoods/${neighborhood.id}`)).status, 'still public').toBe(200);
  });
});

describe('rich-text links that could run script are refused, naming the field', () => {
  recordWhatHeld({
    id: 'cms.script-links',
    area: 'attack',
    tried:
      'rich-text links with javascript:, java<TAB>script:, vbscript:, data: and their case, space and entity variants; safe links kept',
    test: 'apps/cms/test/integrity.test.ts',
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '   javascript:alert(1)',
    'javascript&colon;alert(1)',
    'javascript&#58;alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ])('%j', async (url) => {
    const token = await asEditor();
    const refs = await references(token);
    const { status, body } = await api('/api/venues', {
      method: 'POST',
      token,
      body: venueData(refs, { description: paragraphWithLink(url) }),
    });
    expect(status).toBe(400);
    expect(errorPaths(body)).toContain('description');
  });

  it.each(['https://example.org/x', 'mailto:hola@example.org', 'tel:+525555555555', '/es/guias/dinero'])(
    'keeps %j',
    async (url) => {
      const token = await asEditor();
      const refs = await references(token);
      const { status } = await api('/api/venues', {
        method: 'POST',
        token,
        body: venueData(refs, { description: paragraphWithLink(url) }),
      });
      expect(status).toBe(201);
    },
  );
});

describe('slugs', () => {
  recordWhatHeld({
    id: 'cms.slugs',
    area: 'attack',
    tried: 'slugs with nothing usable (../..) and slugs cut from long names',
    test: 'apps/cms/test/integrity.test.ts',
  });

  it('text with nothing a slug can keep is refused, naming the slug', async () => {
    const token = await asEditor();
    const refs = await references(token);
    for (const slug of ['../..', '///', '!!!']) {
      const { status, body } = await api('/api/venues', {
        method: 'POST',
        token,
        body: venueData(refs, { slug }),
      });
      expect(status, slug).toBe(400);
      expect(errorPaths(body)).toEqual(['slug']);
    }
  });

  it('typed text is made a slug, and a long name gives a slug within the limit', async () => {
    const token = await asEditor();
    const refs = await references(token);
    const typed = await created('venues', token, venueData(refs, { slug: `Mi Lugar ${suffix()}` }));
    expect(typed.slug).toMatch(/^mi-lugar-[a-z0-9]+$/);
    const long = await created(
      'venues',
      token,
      venueData(refs, { name: `Lugar ${suffix()} ${'largo '.repeat(30)}` }),
    );
    expect(String(long.slug).length).toBeLessThanOrEqual(120);
  });
});

describe('text limits come from the domain, and errors name the field the editor typed in', () => {
  recordWhatHeld({
    id: 'cms.text-limits',
    area: 'attack',
    tried: '1 MB streets, names and summaries: refused, naming the field typed in',
    test: 'apps/cms/test/integrity.test.ts',
  });

  it('a 1 MB street is refused', async () => {
    const token = await asEditor();
    const refs = await references(token);
    const address = { ...(venueData(refs).address as Json), street: 'x'.repeat(1_000_000) };
    const { status, body } = await api('/api/venues', {
      method: 'POST',
      token,
      body: venueData(refs, { address }),
    });
    expect(status).toBe(400);
    expect(errorPaths(body)).toEqual(['address.street']);
  });

  it('a 1 MB name is refused as the name, never as a hidden field', async () => {
    const token = await asEditor();
    const refs = await references(token);
    const { status, body } = await api('/api/venues', {
      method: 'POST',
      token,
      body: venueData(refs, { name: 'x'.repeat(1_000_000) }),
    });
    expect(status).toBe(400);
    expect(errorPaths(body)).toEqual(['name']);
  });

  it('a long name and summary of a neighborhood are refused as themselves', async () => {
    const token = await asEditor();
    const { status, body } = await api('/api/neighborhoods', {
      method: 'POST',
      token,
      body: neighborhoodData({ name: 'n'.repeat(300), summary: 'palabra '.repeat(2000) }),
    });
    expect(status).toBe(400);
    expect(errorPaths(body).sort()).toEqual(['name', 'summary']);
  });
});

describe('a reference to an entry that does not exist is a 400 naming the field', () => {
  recordWhatHeld({
    id: 'cms.unknown-references',
    area: 'attack',
    tried: 'references to entries that do not exist, on create, update, draft save and in queries',
    test: 'apps/cms/test/integrity.test.ts',
  });

  it.each([
    ['category', { category: 999_999 }],
    ['heroImage', { heroImage: 999_999 }],
    ['gallery', { gallery: [999_999] }],
    ['pinnedNearby', { pinnedNearby: [999_999] }],
    ['category', { category: 'abc' }],
  ])('%s on create', async (field, overrides) => {
    const token = await asEditor();
    const refs = await references(token);
    const before = await count('venues', token);
    const { status, body } = await api('/api/venues', {
      method: 'POST',
      token,
      body: venueData(refs, overrides),
    });
    expect(status).toBe(400);
    expect(errorPaths(body)).toContain(field);
    expect(await count('venues', token)).toBe(before);
  });

  it('on update, and on a draft save', async () => {
    const token = await asEditor();
    const venue = await created('venues', token, venueData(await references(token)));
    const update = await api(`/api/venues/${venue.id}`, {
      method: 'PATCH',
      token,
      body: { category: 999_999 },
    });
    expect(update.status).toBe(400);
    expect(errorPaths(update.body)).toContain('category');
    const draft = await api(`/api/venues/${venue.id}?draft=true&autosave=true`, {
      method: 'PATCH',
      token,
      body: { category: 999_999 },
    });
    expect(draft.status).toBe(400);
    expect(errorPaths(draft.body)).toContain('category');
  });

  it('and a query comparing a reference with something that is not an id', async () => {
    for (const query of [
      'where[category][equals]=abc',
      'where[category][in]=1,abc',
      'where[heroImage][equals]=x',
      'where[pinnedNearby][contains]=abc',
      'where[or][0][neighborhood][equals]=1.5',
      'where[category][like]=abc',
    ]) {
      const { status, body } = await api(`/api/venues?${query}`);
      expect(status, query).toBe(400);
      expect(message(body), query).toMatch(/(category|heroImage|pinnedNearby|neighborhood).*not an id/);
    }
    expect((await api('/api/venues?where[category][equals]=999999')).status).toBe(200);
  });
});

describe('media files', () => {
  recordWhatHeld({
    id: 'cms.missing-media-file',
    area: 'attack',
    tried: 'a media file gone from the disk',
    test: 'apps/cms/test/integrity.test.ts',
  });

  it('a file gone from the disk is a 404, not a server error', async () => {
    const token = await asEditor();
    const image = await newImage(token);
    expect((await api(`/api/media/file/${image.filename}`)).status).toBe(200);
    rmSync(path.join(mediaDir, image.filename));
    expect((await api(`/api/media/file/${image.filename}`)).status).toBe(404);
    expect((await api('/api/media/file/never-uploaded.png')).status).toBe(404);
  });
});

describe('redirects stay on the site', () => {
  recordWhatHeld({
    id: 'cms.off-site-redirects',
    area: 'attack',
    tried: "editors' redirects to //host, /\\host and absolute URLs",
    test: 'apps/cms/test/integrity.test.ts',
  });

  it.each([
    '//evil.example',
    '/\\evil.example',
    'https://evil.example',
    '\t//evil.example',
    'javascript:alert(1)',
  ])('to %j is refused', async (url) => {
    const token = await asEditor();
    const { status, body } = await api('/api/redirects', {
      method: 'POST',
      token,
      body: { from: `/es/viejo-${suffix()}`, to: { type: 'custom', url } },
    });
    expect(status).toBe(400);
    expect(errorPaths(body)).toContain('to.url');
  });

  it('a path on the site is kept', async () => {
    const token = await asEditor();
    const { status } = await api('/api/redirects', {
      method: 'POST',
      token,
      body: { from: `/es/viejo-${suffix()}`, to: { type: 'custom', url: '/es/lugares/nuevo' } },
    });
    expect(status).toBe(201);
  });
});
