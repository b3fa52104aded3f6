import { stopCountMessage } from '@paseo/domain';
import { describe, expect, it } from 'vitest';
import { api, asEditor, count, errorPaths, type Json } from './api';
import { references, venueData, walkData } from './fixtures';

const message = (body: Json) => JSON.stringify(body.errors ?? body);

async function newVenue(token: string, overrides: Json = {}): Promise<{ id: number; name: string }> {
  const refs = await references(token);
  // A draft is saved as one only when the request says so.
  const draft = overrides._status === 'draft' ? '?draft=true' : '';
  const response = await api(`/api/venues${draft}`, {
    method: 'POST',
    token,
    body: venueData(refs, overrides),
  });
  if (response.status !== 201) throw new Error(`venue: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.doc as { id: number; name: string };
}

/** Posts a walk and answers the response, with how many walks there were before and after. */
async function postWalk(token: string, body: Json) {
  const before = await count('walks', token);
  const response = await api('/api/walks', { method: 'POST', token, body });
  return { ...response, before, after: await count('walks', token) };
}

describe('walks are checked by the domain’s rules, and nothing is half-saved', () => {
  it('a walk of published venues is published, its stops in order', async () => {
    const token = await asEditor();
    const refs = await references(token);
    const [a, b, c] = [await newVenue(token), await newVenue(token), await newVenue(token)];
    const { status, body } = await postWalk(token, walkData(refs, [c.id, a.id, b.id]));
    expect(status, message(body)).toBe(201);
    const doc = body.doc as { id: number; slug: string };
    const read = await api(`/api/walks/${doc.id}?depth=1`);
    expect(read.status).toBe(200);
    const stops = read.body.stops as { venue: { name: string } }[];
    expect(stops.map((stop) => stop.venue.name)).toEqual([c.name, a.name, b.name]);
    expect(doc.slug).toMatch(/^paseo-de-prueba-/);
  });

  it('one stop is not a walk', async () => {
    const token = await asEditor();
    const refs = await references(token);
    const venue = await newVenue(token);
    const { status, body, before, after } = await postWalk(token, walkData(refs, [venue.id]));
    expect(status).toBe(400);
    expect(errorPaths(body)).toEqual(['stops']);
    expect(message(body)).toContain(stopCountMessage);
    expect(after).toBe(before);
  });

  it('the same venue twice is refused on the repeated stop, naming the venue and both stops', async () => {
    const token = await asEditor();
    const refs = await references(token);
    const [a, b] = [await newVenue(token), await newVenue(token)];
    const { status, body, before, after } = await postWalk(token, walkData(refs, [a.id, b.id, a.id]));
    expect(status).toBe(400);
    expect(errorPaths(body)).toEqual(['stops.2.venue']);
    expect(message(body)).toContain(a.name);
    expect(message(body)).toMatch(/already stop 1.*stop 3/);
    expect(after).toBe(before);
  });

  it('a stop whose venue is not published keeps the walk from being published, naming the stop', async () => {
    const token = await asEditor();
    const refs = await references(token);
    const published = await newVenue(token);
    const draft = await newVenue(token, { _status: 'draft' });
    const { status, body, before, after } = await postWalk(token, walkData(refs, [published.id, draft.id]));
    expect(status).toBe(400);
    expect(errorPaths(body)).toEqual(['stops.1.venue']);
    expect(message(body)).toContain(draft.name);
    expect(after).toBe(before);
  });

  it('a visit length outside the domain’s range is refused on its field', async () => {
    const token = await asEditor();
    const refs = await references(token);
    const [a, b] = [await newVenue(token), await newVenue(token)];
    const body = walkData(refs, [a.id, b.id], {
      stops: [
        { venue: a.id, minutes: 2 },
        { venue: b.id, minutes: 60 },
      ],
    });
    const response = await postWalk(token, body);
    expect(response.status).toBe(400);
    expect(errorPaths(response.body)).toEqual(['stops.0.minutes']);
    expect(message(response.body)).toMatch(/at least 5 minutes/);
    expect(response.after).toBe(response.before);
  });

  it('a venue a published walk stops at is neither unpublished nor deleted; the answer names the walk', async () => {
    const token = await asEditor();
    const refs = await references(token);
    const [a, b] = [await newVenue(token), await newVenue(token)];
    const walk = await postWalk(token, walkData(refs, [a.id, b.id]));
    expect(walk.status).toBe(201);
    const title = String((walk.body.doc as { title: string }).title);
    const unpublish = await api(`/api/venues/${b.id}`, {
      method: 'PATCH',
      token,
      body: { _status: 'draft' },
    });
    expect(unpublish.status).toBe(409);
    expect(message(unpublish.body)).toContain(title);
    const remove = await api(`/api/venues/${a.id}`, { method: 'DELETE', token });
    expect(remove.status).toBe(409);
    expect(message(remove.body)).toContain(title);
    expect((await api(`/api/venues/${a.id}`)).status).toBe(200);
  });
});
