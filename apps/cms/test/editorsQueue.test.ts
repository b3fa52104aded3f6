import { describe, expect, it } from 'vitest';
import { api, asEditor, asVisitor, type Json, someAddress, suffix } from './api';
import { references, venueData } from './fixtures';

const check = (verifiedAt: string, group = 'location') => ({
  group,
  verifiedAt,
  source: { name: 'OpenStreetMap', url: 'https://www.openstreetmap.org/' },
});

async function postVenue(token: string, overrides: Json = {}): Promise<Json & { id: number }> {
  const response = await api('/api/venues', {
    method: 'POST',
    token,
    body: venueData(await references(token), overrides),
  });
  if (response.status !== 201) throw new Error(`venue: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.doc as Json & { id: number };
}

const readVenue = async (id: number, token?: string) =>
  (await api(`/api/venues/${id}?depth=0`, { token })).body as Json;

/** Files a report as a visitor would, then finds it as an editor; answers its id. */
async function fileReport(venue: number, message: string): Promise<number> {
  const filed = await api('/api/reports', {
    method: 'POST',
    body: { venue, message, pageUrl: '/es/lugares/x', website: '' },
    headers: asVisitor(someAddress()),
  });
  expect(filed.status).toBe(201);
  const found = await api(`/api/reports?where[message][equals]=${encodeURIComponent(message)}&depth=0`, {
    token: await asEditor(),
  });
  const doc = (found.body.docs as { id: number }[])[0];
  if (!doc) throw new Error(`report not found: ${message}`);
  return doc.id;
}

describe("a venue's last verification", () => {
  it('is the oldest fact check, kept on create and update, and emptied with the last check', async () => {
    const token = await asEditor();
    const venue = await postVenue(token, {
      factChecks: [check('2026-03-01', 'hours'), check('2025-11-20', 'location')],
    });
    expect(venue.lastVerifiedAt).toBe('2025-11-20T12:00:00.000Z');

    const older = await api(`/api/venues/${venue.id}`, {
      method: 'PATCH',
      token,
      body: { factChecks: [check('2026-03-01', 'hours'), check('2024-06-30', 'admission')] },
    });
    expect(older.status).toBe(200);
    expect((await readVenue(venue.id)).lastVerifiedAt).toBe('2024-06-30T12:00:00.000Z');

    // A change elsewhere leaves it as it is.
    await api(`/api/venues/${venue.id}`, { method: 'PATCH', token, body: { teaser: 'Otra línea.' } });
    expect((await readVenue(venue.id)).lastVerifiedAt).toBe('2024-06-30T12:00:00.000Z');

    await api(`/api/venues/${venue.id}`, { method: 'PATCH', token, body: { factChecks: [] } });
    expect((await readVenue(venue.id)).lastVerifiedAt ?? null).toBeNull();
  });

  it('is empty for a venue never checked, and cannot be written directly', async () => {
    const token = await asEditor();
    const venue = await postVenue(token, { lastVerifiedAt: '2026-01-01T00:00:00.000Z' });
    expect(venue.lastVerifiedAt ?? null).toBeNull();
    await api(`/api/venues/${venue.id}`, {
      method: 'PATCH',
      token,
      body: { lastVerifiedAt: '2026-01-01T00:00:00.000Z' },
    });
    expect((await readVenue(venue.id)).lastVerifiedAt ?? null).toBeNull();
  });

  it('sorts the list, oldest first', async () => {
    const token = await asEditor();
    const tag = suffix();
    const late = await postVenue(token, { name: `Orden ${tag} b`, factChecks: [check('2026-02-02')] });
    const early = await postVenue(token, { name: `Orden ${tag} a`, factChecks: [check('2020-01-01')] });
    const { body } = await api(
      `/api/venues?where[name][like]=${tag}&sort=lastVerifiedAt&depth=0&select[lastVerifiedAt]=true`,
      { token },
    );
    expect((body.docs as { id: number }[]).map((doc) => doc.id)).toEqual([early.id, late.id]);
  });
});

describe('handling a report', () => {
  it('closing records who and when; reopening clears both; neither can be written directly', async () => {
    const token = await asEditor();
    const me = (await api('/api/users/me', { token })).body.user as { id: number };
    const venue = await postVenue(token);
    const id = await fileReport(venue.id, `The museum closes at six now ${suffix()}.`);

    const before = Date.now();
    const closed = await api(`/api/reports/${id}?depth=0`, {
      method: 'PATCH',
      token,
      body: { status: 'resolved' },
    });
    expect(closed.status).toBe(200);
    const doc = closed.body.doc as { handledBy: number; handledAt: string };
    expect(doc.handledBy).toBe(me.id);
    expect(Date.parse(doc.handledAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(doc.handledAt)).toBeLessThanOrEqual(Date.now() + 1000);

    // Another edit of a closed report keeps its handler and time.
    const edited = await api(`/api/reports/${id}?depth=0`, {
      method: 'PATCH',
      token,
      body: { pageUrl: '/es/lugares/y', handledBy: null, handledAt: '2000-01-01T00:00:00.000Z' },
    });
    expect(edited.body.doc).toMatchObject({ handledBy: me.id, handledAt: doc.handledAt });

    const reopened = await api(`/api/reports/${id}?depth=0`, {
      method: 'PATCH',
      token,
      body: { status: 'new' },
    });
    expect(reopened.status).toBe(200);
    expect((reopened.body.doc as Json).handledBy ?? null).toBeNull();
    expect((reopened.body.doc as Json).handledAt ?? null).toBeNull();
  });

  it("a visitor's report is open and unhandled, whatever it claims", async () => {
    const message = `Wrong phone number ${suffix()}.`;
    await api('/api/reports', {
      method: 'POST',
      body: { message, website: '', status: 'resolved', handledAt: '2026-01-01T00:00:00.000Z' },
      headers: asVisitor(someAddress()),
    });
    const { body } = await api(`/api/reports?where[message][equals]=${encodeURIComponent(message)}&depth=0`, {
      token: await asEditor(),
    });
    expect(body.docs).toEqual([expect.objectContaining({ status: 'new', handledBy: null, handledAt: null })]);
  });
});

describe("a venue's open reports", () => {
  it('are never part of what anyone reads from the venues API', async () => {
    const token = await asEditor();
    const venue = await postVenue(token);
    const message = `Secret note from a visitor ${suffix()}`;
    await fileReport(venue.id, message);
    for (const path of [
      `/api/venues/${venue.id}?depth=2`,
      `/api/venues?where[id][equals]=${venue.id}&depth=2`,
      `/api/venues/${venue.id}?depth=2&select[openReports]=true`,
    ]) {
      for (const reader of [undefined, token]) {
        const { status, body } = await api(path, { token: reader });
        expect(status).toBe(200);
        expect(JSON.stringify(body)).not.toContain(message);
        expect(JSON.stringify(body)).not.toContain('openReports');
      }
    }
    const graph = await api('/api/graphql', {
      method: 'POST',
      body: { query: `{ Venue(id: ${venue.id}) { id name } }` },
    });
    expect(JSON.stringify(graph.body)).not.toContain(message);
  });
});
