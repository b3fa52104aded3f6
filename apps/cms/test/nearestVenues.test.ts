import { describe, expect, it } from 'vitest';
import { api, asEditor, suffix } from './api';
import { references, venueData } from './fixtures';

// A corner of the city with no other venues: the north of Gustavo A. Madero.
const origin = { latitude: 19.52, longitude: -99.12 };
const at = (northMeters: number, eastMeters: number) => ({
  latitude: origin.latitude + northMeters / 111_320,
  longitude: origin.longitude + eastMeters / (111_320 * Math.cos((origin.latitude * Math.PI) / 180)),
});

describe('the nearest venues', () => {
  it('are the published venues closest to a point, closest first, with the fields asked for', async () => {
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
    };
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

  it('refuses a request it cannot read, naming every field at fault', async () => {
    const { status, body } = await api('/api/venues/nearest?latitude=95&longitude=oeste&limit=0');
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      { message: 'latitude must be a number between -90 and 90' },
      { message: 'longitude must be a number between -180 and 180' },
      { message: 'limit must be a whole number from 1' },
    ]);
    expect((await api('/api/venues/nearest')).status).toBe(400);
  });
});
