import { richTextFromParagraphs } from '@paseo/domain';
import { api, type Json, suffix } from './api';

/** Ids of seeded entries a new venue can point at. */
export async function references(token: string) {
  const first = async (path: string) => {
    const { body } = await api(`${path}${path.includes('?') ? '&' : '?'}limit=1&depth=0`, { token });
    const doc = (body.docs as { id: number }[] | undefined)?.[0];
    if (!doc) throw new Error(`nothing at ${path}`);
    return doc.id;
  };
  return {
    category: await first('/api/categories'),
    neighborhood: await first('/api/neighborhoods?where[kind][equals]=neighborhood'),
    heroImage: await first('/api/media'),
  };
}

/** Rich text of one paragraph of plain text. */
export const paragraph = (text: string): Json => richTextFromParagraphs([text]) as unknown as Json;

/** A complete, valid venue in Spanish, with a unique name. */
export function venueData(refs: Awaited<ReturnType<typeof references>>, overrides: Json = {}): Json {
  const name = `Casa de prueba ${suffix()}`;
  return {
    name,
    teaser: 'Una casa de prueba en Coyoacán.',
    description: paragraph('Descripción de prueba.'),
    address: {
      street: 'Francisco Sosa 1',
      neighborhood: 'Del Carmen',
      postalCode: '04100',
      borough: 'Coyoacán',
      city: 'Ciudad de México',
      country: 'MX',
    },
    location: { latitude: 19.3496, longitude: -99.1617 },
    openingHours: { rule: 'Tu-Su 10:00-17:00', timeZone: 'America/Mexico_City' },
    ...refs,
    _status: 'published',
    ...overrides,
  };
}

/** A published walk in Spanish through `venues` (ids), with a unique title. */
export function walkData(
  refs: Awaited<ReturnType<typeof references>>,
  venues: readonly number[],
  overrides: Json = {},
): Json {
  return {
    title: `Paseo de prueba ${suffix()}`,
    teaser: 'Un paseo de prueba por Coyoacán.',
    introduction: paragraph('Introducción de prueba.'),
    neighborhood: refs.neighborhood,
    heroImage: refs.heroImage,
    stops: venues.map((venue) => ({ venue, lookFor: 'La fachada.' })),
    _status: 'published',
    ...overrides,
  };
}

/** A tiny valid PNG (1×1), so no file needs to be downloaded or kept in the repo. */
export const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export const imageCredit = {
  title: 'Test image',
  author: 'A. Photographer',
  sourceName: 'Example',
  sourceUrl: 'https://example.org/photo',
  licenseName: 'CC BY 4.0',
  licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
};

/** Uploads a new image with a full credit; answers its id and file name. */
export async function newImage(token: string): Promise<{ id: number; filename: string }> {
  const form = new FormData();
  form.append('file', new Blob([onePixelPng], { type: 'image/png' }), `image-${suffix()}.png`);
  form.append('_payload', JSON.stringify({ alt: { es: 'Un punto', en: 'A dot' }, credit: imageCredit }));
  const { status, body } = await api('/api/media', { method: 'POST', token, body: form });
  if (status !== 201) throw new Error(`upload: ${status} ${JSON.stringify(body)}`);
  const doc = body.doc as { id: number; filename: string };
  return { id: doc.id, filename: doc.filename };
}

/** Rich text of one paragraph holding a link to `url`, as the admin's link button writes it. */
export function paragraphWithLink(url: string): Json {
  const rich = paragraph('enlace') as { root: { children: { children: unknown[] }[] } };
  const block = rich.root.children[0];
  if (block) {
    const link = { type: 'link', version: 3, direction: 'ltr', format: '', indent: 0 };
    block.children = [
      { ...link, fields: { url, newTab: false, linkType: 'custom' }, children: block.children },
    ];
  }
  return rich as unknown as Json;
}

/** A complete, valid published guide with a unique title. */
export function guideData(overrides: Json = {}): Json {
  return {
    title: `Guía de prueba ${suffix()}`,
    topic: 'money',
    summary: 'Una guía de prueba.',
    body: paragraph('Texto de la guía.'),
    _status: 'published',
    ...overrides,
  };
}
