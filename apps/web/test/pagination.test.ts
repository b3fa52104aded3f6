import { richTextFromParagraphs } from '@paseo/domain';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { VENUES_PER_PAGE } from '../src/data/content';
import { editorToken } from './editorToken';

const webUrl = inject('webUrl');
const cmsUrl = inject('cmsUrl');

const PER_PAGE = VENUES_PER_PAGE;
/** Enough museums in Del Carmen to fill more than a page of every list they are in. */
const ADDED = PER_PAGE + 2;

type Page = { status: number; html: string; headers: Headers };

async function get(path: string): Promise<Page> {
  const response = await fetch(`${webUrl}${path}`, { redirect: 'manual' });
  return { status: response.status, html: await response.text(), headers: response.headers };
}

/** The venue addresses a list page links as cards, in order. */
function cardLinks(html: string): string[] {
  return [...html.matchAll(/<a href="([^"]+)" class="card__link"/g)].map((match) => match[1] ?? '');
}

function nextLink(html: string): string | undefined {
  return /<a href="([^"]+)" rel="next"/.exec(html)?.[1];
}

/** Every page of a list, following its "next" links from the first. */
async function everyPage(firstPath: string): Promise<{ path: string; html: string }[]> {
  const pages: { path: string; html: string }[] = [];
  let path: string | undefined = firstPath;
  while (path && pages.length < 50) {
    const page = await get(path);
    expect(page.status, path).toBe(200);
    pages.push({ path, html: page.html });
    path = nextLink(page.html);
  }
  return pages;
}

/** The Spanish addresses of the published venues the CMS gives for `where`. */
async function publishedVenuePaths(where = ''): Promise<string[]> {
  const response = await fetch(`${cmsUrl}/api/venues?locale=es&depth=0&limit=100&sort=slug${where}`);
  const body = (await response.json()) as { docs: { slug: string }[]; totalDocs: number };
  expect(body.totalDocs).toBeLessThanOrEqual(100);
  return body.docs.map((doc) => `/es/lugares/${doc.slug}`);
}

let token = '';
const added: number[] = [];

async function cms(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${cmsUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function idOf(collection: string, where: string): Promise<number> {
  const body = (await (await cms('GET', `/api/${collection}?depth=0&limit=1&${where}`)).json()) as {
    docs: { id: number }[];
  };
  const id = body.docs[0]?.id;
  if (id === undefined) throw new Error(`no ${collection} where ${where}`);
  return id;
}

beforeAll(async () => {
  token = await editorToken(cmsUrl);
  const [category, neighborhood, picture] = await Promise.all([
    idOf('categories', 'where[key][equals]=museum'),
    idOf('neighborhoods', 'where[slug][equals]=del-carmen'),
    idOf('media', 'sort=id'),
  ]);
  for (let i = 0; i < ADDED; i++) {
    const number = String(i + 1).padStart(2, '0');
    const response = await cms('POST', '/api/venues?locale=es', {
      name: `Museo de prueba ${number}`,
      slug: `museo-de-prueba-${number}`,
      teaser: `Un museo más para llenar las páginas, el ${number}.`,
      description: richTextFromParagraphs([`Sala ${number}: una colección pequeña y tranquila.`]),
      address: {
        street: `Calle de prueba ${number}`,
        neighborhood: 'Del Carmen',
        postalCode: '04100',
        borough: 'Coyoacán',
        city: 'Ciudad de México',
        country: 'MX',
      },
      // Kilometres from every sample venue, so none of them lists these as nearby.
      location: { latitude: 19.4 + i * 0.0001, longitude: -99.2 },
      openingHours: { rule: 'Tu-Su 10:00-17:00', timeZone: 'America/Mexico_City' },
      category,
      neighborhood,
      heroImage: picture,
      _status: 'published',
    });
    expect(response.status, await response.clone().text()).toBe(201);
    added.push(((await response.json()) as { doc: { id: number } }).doc.id);
  }
}, 120_000);

afterAll(async () => {
  for (const id of added) await cms('DELETE', `/api/venues/${id}`);
});

describe('lists of places come a page at a time', () => {
  it('lists every published venue once across the pages of /es/lugares', async () => {
    const expected = await publishedVenuePaths();
    expect(expected.length).toBeGreaterThan(PER_PAGE);
    // The CMS tells the site of each new venue; wait until the list has them all.
    await expect
      .poll(async () => (await everyPage('/es/lugares')).flatMap((page) => cardLinks(page.html)).length, {
        timeout: 30_000,
      })
      .toBe(expected.length);
    const pages = await everyPage('/es/lugares');
    expect(pages.map((page) => page.path)).toEqual(
      Array.from({ length: Math.ceil(expected.length / PER_PAGE) }, (_, i) =>
        i === 0 ? '/es/lugares' : `/es/lugares/pagina/${i + 1}`,
      ),
    );
    for (const page of pages.slice(0, -1)) expect(cardLinks(page.html), page.path).toHaveLength(PER_PAGE);
    expect(pages.flatMap((page) => cardLinks(page.html))).toEqual(expected);

    const second = pages[1]?.html ?? '';
    expect(second).toMatch(/<link rel="canonical" href="https?:\/\/[^"/]+\/es\/lugares\/pagina\/2"\/>/);
    expect(second).toMatch(/hrefLang="en" href="https?:\/\/[^"/]+\/en\/places\/page\/2"/);
    expect(second).toContain('<a href="/es/lugares" rel="prev">');
    expect(second).toMatch(/<title>Todos los lugares \(página 2\)/);
    const english = await get('/en/places/page/2');
    expect(english.status).toBe(200);
    expect(cardLinks(english.html)).toHaveLength(cardLinks(second).length);
  });

  it('pages a category and a neighborhood, whose map marks only the page’s places', async () => {
    const museums = await publishedVenuePaths('&where[category.key][equals]=museum');
    const category = await everyPage('/es/categorias/museo');
    expect(category.map((page) => page.path)).toEqual([
      '/es/categorias/museo',
      '/es/categorias/museo/pagina/2',
    ]);
    expect(category.flatMap((page) => cardLinks(page.html))).toEqual(museums);
    expect((await get('/en/categories/museum/page/2')).status).toBe(200);

    const neighborhood = await everyPage('/es/barrios/del-carmen');
    expect(neighborhood.map((page) => page.path)).toEqual([
      '/es/barrios/del-carmen',
      '/es/barrios/del-carmen/pagina/2',
    ]);
    const [first, second] = neighborhood.map((page) => page.html);
    expect(cardLinks(first ?? '')).toHaveLength(PER_PAGE);
    // The last museum added sorts onto the second page: neither its card nor a marker on the
    // first page's map names it.
    expect(cardLinks(second ?? '')).toContain(
      `/es/lugares/museo-de-prueba-${String(ADDED).padStart(2, '0')}`,
    );
    expect(first).not.toContain(`Museo de prueba ${String(ADDED).padStart(2, '0')}`);
    expect(second).toContain(`Museo de prueba ${String(ADDED).padStart(2, '0')}`);
  });

  it('answers an address in the other language’s words with the not-found page in its own language', async () => {
    for (const [path, words] of [
      ['/es/places/museo-de-prueba-01', 'No encontramos esta página'],
      ['/en/lugares/museo-de-prueba-01', 'We could not find this page'],
      ['/en/no-such-section/x', 'We could not find this page'],
    ] as const) {
      const page = await get(path);
      expect(page.status, path).toBe(404);
      expect(page.html, path).toContain(words);
    }
  });

  it('keeps a later page once rendered, like any page of the site', async () => {
    for (const path of [
      '/es/lugares/pagina/2',
      '/en/categories/museum/page/2',
      '/es/barrios/del-carmen/pagina/2',
    ]) {
      await get(path);
      expect((await get(path)).headers.get('x-nextjs-cache'), path).toBe('HIT');
    }
  });

  it('sends page 1 to the list’s own address and answers other page addresses with 404', async () => {
    const firstPage = await get('/es/lugares/pagina/1');
    expect(firstPage.status).toBe(308);
    expect(firstPage.headers.get('location')).toMatch(/\/es\/lugares$/);
    expect((await get('/es/categorias/museo/pagina/1')).headers.get('location')).toMatch(
      /\/es\/categorias\/museo$/,
    );
    for (const path of [
      '/es/lugares/pagina/99',
      '/es/lugares/pagina/0',
      '/es/lugares/pagina/dos',
      '/en/places/pagina/2',
      '/es/lugares/page/2',
      '/es/guias/pagina/2',
      '/es/categorias/museo/pagina/9',
      '/es/barrios/no-existe/pagina/2',
      '/es/lugares/museo-de-prueba-01/pagina/2',
      // The routes' own English words under a Spanish address.
      '/es/places/museo-de-prueba-01',
      '/es/places/page/2',
    ]) {
      expect((await get(path)).status, path).toBe(404);
    }
  });
});
