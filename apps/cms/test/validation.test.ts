import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { api, asEditor, cmsUrl, count, errorPaths, type Json } from './api';
import { imageCredit, onePixelPng, references, venueData } from './fixtures';

async function rejectedVenue(overrides: Json) {
  const token = await asEditor();
  const refs = await references(token);
  const before = await count('venues', token);
  const response = await api('/api/venues', { method: 'POST', token, body: venueData(refs, overrides) });
  expect(await count('venues', token), 'nothing is saved').toBe(before);
  return response;
}

describe('a venue with bad input is refused, naming the field, and nothing is saved', () => {
  it('latitude out of range', async () => {
    const { status, body } = await rejectedVenue({ location: { latitude: 119.35, longitude: -99.16 } });
    expect(status).toBe(400);
    expect(errorPaths(body)).toContain('location.latitude');
    expect(JSON.stringify(body)).toContain('Latitude must be between -90 and 90');
  });

  it('longitude out of range', async () => {
    const { status, body } = await rejectedVenue({ location: { latitude: 19.35, longitude: -199.16 } });
    expect(status).toBe(400);
    expect(errorPaths(body)).toContain('location.longitude');
  });

  it('an opening-hours string the parser cannot read', async () => {
    const { status, body } = await rejectedVenue({ openingHours: { rule: 'Tu-Su 25:00-17:00' } });
    expect(status).toBe(400);
    expect(errorPaths(body)).toContain('openingHours.rule');
    expect(JSON.stringify(body)).toMatch(/Invalid opening hours/);
  });

  it('a slug another venue has', async () => {
    const token = await asEditor();
    const { body: existing } = await api('/api/venues?limit=1&locale=es', { token });
    const slug = (existing.docs as { slug: string }[])[0]?.slug;
    const { status, body } = await rejectedVenue({ slug });
    expect(status).toBe(400);
    expect(errorPaths(body)).toContain('slug');
  });

  it('a missing Spanish name', async () => {
    const { status, body } = await rejectedVenue({ name: '' });
    expect(status).toBe(400);
    expect(errorPaths(body)).toContain('name');
  });

  it('a link that would run script in the contact website', async () => {
    const { status, body } = await rejectedVenue({ contact: { website: 'javascript:alert(1)' } });
    expect(status).toBe(400);
    expect(errorPaths(body)).toContain('contact.website');
  });
});

/**
 * Posts a body the server may refuse before reading it all. fetch() reports such an answer as a
 * reset connection; a plain request still hears the status the server sent.
 */
async function postEarlyAnswered(
  path: string,
  form: FormData,
  token: string,
): Promise<{ status: number; body: string }> {
  const encoded = new Response(form);
  const payload = Buffer.from(await encoded.arrayBuffer());
  return new Promise((resolve, reject) => {
    const outgoing = request(`${cmsUrl}${path}`, {
      method: 'POST',
      headers: {
        'content-type': encoded.headers.get('content-type') ?? '',
        'content-length': payload.length,
        authorization: `JWT ${token}`,
      },
    });
    outgoing.on('response', (response) => {
      let body = '';
      response.on('data', (chunk) => {
        body += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    // The server may hang up while the rest of the body is still being sent.
    outgoing.on('error', (error) => setTimeout(() => reject(error), 2000));
    outgoing.end(payload);
  });
}

function upload(data: Json, file: Blob, filename: string): FormData {
  const form = new FormData();
  form.append('file', file, filename);
  form.append('_payload', JSON.stringify(data));
  return form;
}

describe('an upload with bad input is refused, naming the field, and nothing is saved', () => {
  const png = () => new Blob([onePixelPng], { type: 'image/png' });

  it('is accepted with alt text in both languages and a full credit', async () => {
    const token = await asEditor();
    const response = await api('/api/media', {
      method: 'POST',
      token,
      body: upload(
        { alt: { es: 'Un punto', en: 'A dot' }, credit: imageCredit },
        png(),
        `ok-${Date.now()}.png`,
      ),
    });
    expect(response.status).toBe(201);
  });

  it.each([
    ['credit.author', { alt: { es: 'Un punto', en: 'A dot' }, credit: { ...imageCredit, author: '' } }],
    [
      'credit.licenseUrl',
      { alt: { es: 'Un punto', en: 'A dot' }, credit: { ...imageCredit, licenseUrl: 'not a url' } },
    ],
    ['alt.en', { alt: { es: 'Un punto' }, credit: imageCredit }],
  ])('without a valid %s', async (path, data) => {
    const token = await asEditor();
    const before = await count('media', token);
    const response = await api('/api/media', {
      method: 'POST',
      token,
      body: upload(data, png(), `bad-${Date.now()}.png`),
    });
    expect(response.status).toBe(400);
    expect(errorPaths(response.body)).toContain(path);
    expect(await count('media', token)).toBe(before);
  });

  it('of a file that is not an image', async () => {
    const token = await asEditor();
    const before = await count('media', token);
    const text = new Blob(['#!/bin/sh\necho not an image\n'], { type: 'text/plain' });
    const response = await api('/api/media', {
      method: 'POST',
      token,
      body: upload({ alt: { es: 'x', en: 'x' }, credit: imageCredit }, text, `script-${Date.now()}.png`),
    });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toMatch(/file type|mime|invalid/i);
    expect(await count('media', token)).toBe(before);
  });

  it('of a file over the size limit', async () => {
    const token = await asEditor();
    const before = await count('media', token);
    const big = new Blob([onePixelPng, new Uint8Array(11 * 1024 * 1024)], { type: 'image/png' });
    const form = upload({ alt: { es: 'x', en: 'x' }, credit: imageCredit }, big, `big-${Date.now()}.png`);
    const { status, body } = await postEarlyAnswered('/api/media', form, token);
    expect(status).toBe(413);
    expect(body).toMatch(/size limit/i);
    expect(await count('media', token)).toBe(before);
  });
});
