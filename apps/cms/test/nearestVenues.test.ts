import { describe, expect, it } from 'vitest';
import { api, asEditor, suffix } from './api';
import { references, venueData } from './fixtures';

// Corners of the city with no other venues, in the north of Gustavo A. Madero.
const origin = { latitude: 19.52, longitude: -99.12 };
const otherOrigin = { latitude: 19.5, longitude: -99.05 };
const near = (point: typeof origin) => (northMeters: number, eastMeters: number) => ({
  latitude: point.latitude + northMeters / 111_320,
  longitude: point.longitude + eastMeters / (111_320 * Math.cos((point.latitude * Math.PI) / 180)),
});
const at = near(origin);

async function creator() {
  const token = await asEditor();
  const refs = await references(token);
  const tag = suffix();
  const create = async (name: string, location: object, status = 'published') => {
    const created = await api(status === 'draft' ? '/api/venues?draft=true' : '/api/venues', {
      method: 'POST',
      token,
      body: venueData(refs, { name, slug: `${name}-${tag}`, location, _status: status }),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return (created.body.doc as { id: number }).id;
  };
  return { token, tag, create };
}

const nearestSlugs = async (point: typeof origin, limit: number) => {
  const { status, body } = await api(
    `/api/venues/nearest?latitude=${point.latitude}&longitude=${point.longitude}&limit=${limit}&select[slug]=true`,
  );
  expect(status).toBe(200);
  return (body.docs as { slug: string }[]).map((doc) => doc.slug);
};

describe('the nearest venues', () => {
  it('are the published venues closest to a point, closest first, with the fields asked for', async () => {
    const { tag, create } = await creator();
    // Created out of order, so an answer in creation or id order would fail.
    await create('tercero', at(0, 900));
    await create('primero', at(150, 0));
    await create('borrador', at(20, 20), 'draft');
    await create('segundo', at(-400, -100));

    const { status, body } = await api(
      `/api/venues/nearest?latitude=${origin.latitude}&longitude=${origin.longitude}&limit=3&locale=all&select[slug]=true&select[location]=true`,
    );
    expect(status).toBe(200);
    const docs = body.docs as { slug: { es: string }; location: object; name?: unknown }[];
    expect(docs.map((doc) => doc.slug.es)).toEqual([`primero-${tag}`, `segundo-${tag}`, `tercero-${tag}`]);
    // Only what was selected, every language when asked for all.
    expect(docs[0]).not.toHaveProperty('name');
    expect(docs[0]?.location).toEqual(at(150, 0));
    expect(body.totalDocs).toBe(3);
  });

  it('go by what is published: not a draft’s new place, not a venue taken down', async () => {
    const { token, tag, create } = await creator();
    const around = near(otherOrigin);
    const moved = await create('movida', around(100, 0));
    const withdrawn = await create('retirada', around(10, 10));
    await create('lejana', around(0, 800));
    // A draft moves one venue kilometres away; the published venue has not moved.
    const draft = await api(`/api/venues/${moved}?draft=true`, {
      method: 'PATCH',
      token,
      body: { location: around(5_000, 5_000), _status: 'draft' },
    });
    expect(draft.status).toBe(200);
    // The other is unpublished.
    const unpublished = await api(`/api/venues/${withdrawn}`, {
      method: 'PATCH',
      token,
      body: { _status: 'draft' },
    });
    expect(unpublished.status).toBe(200);
    expect(await nearestSlugs(otherOrigin, 2)).toEqual([`movida-${tag}`, `lejana-${tag}`]);
  });

  it('refuses a request it cannot read, naming every field at fault', async () => {
    const { status, body } = await api('/api/venues/nearest?latitude=95&longitude=oeste&limit=0');
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      { message: 'latitude must be a number between -90 and 90' },
      { message: 'longitude must be a number between -180 and 180' },
      { message: 'limit must be a whole number from 1 to 1000000' },
    ]);
    expect((await api('/api/venues/nearest')).status).toBe(400);
  });
});
