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

const paragraph = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
      },
    ],
  },
});

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
