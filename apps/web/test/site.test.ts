import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { getAsSent } from '../../../scripts/getAsSent';
import { recordReliability } from '../../../scripts/reliability';
import { editorToken } from './editorToken';

const webUrl = inject('webUrl');
const cmsUrl = inject('cmsUrl');
const secret = inject('revalidateSecret');
const cmsProcessGroup = inject('cmsProcessGroup');

type Page = { status: number; html: string; headers: Headers };

async function get(path: string, headers: Record<string, string> = {}): Promise<Page> {
  const response = await fetch(`${webUrl}${path}`, { redirect: 'manual', headers });
  return { status: response.status, html: await response.text(), headers: response.headers };
}

function jsonLd(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (match) => JSON.parse(match[1] ?? '{}') as Record<string, unknown>,
  );
}

/** A published venue as the CMS has it, to know its slugs whatever the sample content says. */
async function someVenue(): Promise<{ id: number; slug: { es: string; en?: string }; name: { es: string } }> {
  const response = await fetch(`${cmsUrl}/api/venues?locale=all&depth=0&limit=1&sort=id`);
  const body = (await response.json()) as {
    docs: { id: number; slug: { es: string; en?: string }; name: { es: string } }[];
  };
  const venue = body.docs[0];
  if (!venue) throw new Error('The CMS has no published venue');
  return venue;
}

describe('rendered pages', () => {
  it('sends / to the home page in the browser language', async () => {
    expect((await get('/', { 'accept-language': 'en-US,en;q=0.9' })).headers.get('location')).toMatch(
      /\/en$/,
    );
    expect((await get('/', { 'accept-language': 'es-MX,es' })).headers.get('location')).toMatch(/\/es$/);
    expect((await get('/', { 'accept-language': 'de' })).headers.get('location')).toMatch(/\/es$/);
  });

  it('renders a venue page with every section, its JSON-LD and its language alternates', async () => {
    const venue = await someVenue();
    const path = `/es/lugares/${venue.slug.es}`;
    const page = await get(path);
    expect(page.status).toBe(200);
    expect(page.html).toContain('<html lang="es"');
    for (const section of [
      'hero-credit',
      'getting-here',
      'map',
      'directions',
      'opening-hours',
      'open-now',
      'nearby',
      'verified',
    ]) {
      expect(page.html, section).toContain(`data-testid="${section}"`);
    }
    expect(page.html).toContain('class="back-link"');
    expect(page.html).toMatch(/<h1[^>]*>/);
    expect(page.html).toMatch(/rel="license"/);
    expect(page.html).toContain('id="report"');
    // Nothing of the interactive map is requested before the visitor asks for it.
    expect(page.html).not.toContain('tile.openstreetmap.org');
    expect(page.html).not.toMatch(/leaflet\.css/);

    const enPath = `/en/places/${venue.slug.en ?? venue.slug.es}`;
    expect(page.html).toContain(`<link rel="canonical" href="${webUrl}${path}"/>`);
    expect(page.html).toContain(`hrefLang="en" href="${webUrl}${enPath}"`);
    expect(page.html).toContain(`hrefLang="es" href="${webUrl}${path}"`);
    expect(page.html).toMatch(/<meta property="og:image" content="[^"]+\/media\//);
    // The language switch stays on the same venue.
    expect(page.html).toContain(`href="${enPath}"`);

    const data = jsonLd(page.html);
    const place = data.find(
      (d) => Array.isArray(d['@type']) && (d['@type'] as string[]).includes('TouristAttraction'),
    );
    expect(place?.url).toBe(`${webUrl}${path}`);
    expect(JSON.stringify(place?.image)).toContain('creditText');
    expect(data.some((d) => d['@type'] === 'BreadcrumbList')).toBe(true);

    const en = await get(enPath);
    expect(en.status).toBe(200);
    expect(en.html).toContain('<html lang="en"');
    expect(en.html).toContain(`hrefLang="es" href="${webUrl}${path}"`);
  });

  it('renders neighborhood, category, guide and listing pages with hreflang', async () => {
    const neighborhoods = (await (
      await fetch(`${cmsUrl}/api/neighborhoods?locale=all&depth=0&limit=1&where[kind][equals]=borough`)
    ).json()) as {
      docs: { slug: { es: string } }[];
    };
    const borough = neighborhoods.docs[0]?.slug.es ?? 'coyoacan';
    const page = await get(`/es/barrios/${borough}`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('data-testid="map"');
    expect(jsonLd(page.html).some((d) => d['@type'] === 'AdministrativeArea' || d['@type'] === 'Place')).toBe(
      true,
    );
    for (const path of [
      '/es',
      '/en',
      '/es/categorias/museo',
      '/en/categories/museum',
      '/es/guias',
      '/en/neighborhoods',
      '/es/lugares',
    ]) {
      const listing = await get(path);
      expect(listing.status, path).toBe(200);
      expect(listing.html, path).toContain('hrefLang="en"');
      expect(listing.html, path).toContain('hrefLang="es"');
    }
  });

  it('answers unknown addresses with a 404 page in the right language', async () => {
    const es = await get('/es/lugares/no-existe-este-lugar');
    expect(es.status).toBe(404);
    expect(es.html).toContain('No encontramos esta página');
    const en = await get('/en/places/no-such-place');
    expect(en.status).toBe(404);
    expect(en.html).toContain('We could not find this page');
    expect((await get('/xx/nothing')).status).toBe(404);
    expect((await get('/es/no-seccion/algo')).status).toBe(404);
  });

  it('sends pages and built scripts in Brotli to browsers that take it, in gzip to the rest', async () => {
    const venue = await someVenue();
    const path = `/es/lugares/${venue.slug.es}`;
    await get(path);
    const sent = async (address: string, acceptEncoding: string) => {
      const { headers, body } = await getAsSent(`${webUrl}${address}`, { 'accept-encoding': acceptEncoding });
      return { encoding: headers['content-encoding'], bytes: body };
    };
    const html = (await get(path)).html;
    const script = html.match(/<script src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    for (const address of [path, script as string]) {
      const brotli = await sent(address, 'gzip, deflate, br, zstd');
      const gzip = await sent(address, 'gzip, deflate');
      expect(brotli.encoding, address).toBe('br');
      expect(gzip.encoding, address).toBe('gzip');
      expect(brotliDecompressSync(brotli.bytes).equals(gunzipSync(gzip.bytes)), address).toBe(true);
      expect(brotli.bytes.length, address).toBeLessThan(gzip.bytes.length);
    }
  });

  it('finds "leon trotsky" whatever the accents and case, through the database', async () => {
    const page = await get('/es/buscar?q=LEON%20trotsky');
    expect(page.status).toBe(200);
    expect(page.html).toContain('data-testid="results-places"');
    expect(page.html).toMatch(/Trotsky/);
    const none = await get('/en/search?q=zzzyyyxxx');
    expect(none.html).toContain('data-testid="search-empty"');
  });

  it('lists both languages in sitemap.xml and points robots.txt at it', async () => {
    const venue = await someVenue();
    const sitemap = await get('/sitemap.xml');
    expect(sitemap.status).toBe(200);
    expect(sitemap.html).toContain(`<loc>${webUrl}/es/lugares/${venue.slug.es}</loc>`);
    expect(sitemap.html).toContain(`<loc>${webUrl}/en/places/${venue.slug.en ?? venue.slug.es}</loc>`);
    expect((await get('/robots.txt')).html).toContain(`Sitemap: ${webUrl}/sitemap.xml`);
    // The search page is a way in; the results of a query are not pages of their own.
    expect(sitemap.html).toContain(`<loc>${webUrl}/en/search</loc>`);
    // Crawlable, so that a crawler reads the results' noindex.
    expect((await get('/robots.txt')).html).not.toMatch(/search|buscar/);
    expect((await get('/en/search')).html).not.toContain('noindex');
    expect((await get('/en/search?q=museo')).html).toContain(
      '<meta name="robots" content="noindex, follow"/>',
    );
    // Files of a sitemap index exist only once the venues outgrow one file (src/lib/sitemap.test.ts;
    // `npm run bench:scale` reads every file of the index at 1,000 and 10,000 venues).
    expect(sitemap.html).toContain('<urlset');
    expect((await get('/sitemaps/1.xml')).status).toBe(404);
  });
});

describe('the revalidation endpoint', () => {
  const post = (body: unknown, authorization?: string) =>
    fetch(`${webUrl}/api/revalidate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify(body),
    });

  it('rejects a wrong or missing secret', async () => {
    expect((await post({ paths: ['/es'], tags: ['venues'] }, 'Bearer wrong')).status).toBe(401);
    expect((await post({ paths: ['/es'], tags: ['venues'] })).status).toBe(401);
  });

  it('refreshes the pages of a venue an editor publishes, with no rebuild', async () => {
    const venue = await someVenue();
    expect((await get(`/es/lugares/${venue.slug.es}`)).status).toBe(200);
    expect((await get(`/en/places/${venue.slug.en ?? venue.slug.es}`)).status).toBe(200);
    const token = await editorToken(cmsUrl);
    const teaser = `Texto de prueba ${Date.now()}`;
    const update = await fetch(`${cmsUrl}/api/venues/${venue.id}?locale=es`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ teaser, _status: 'published' }),
    });
    expect(update.status).toBe(200);
    // Read back where the CMS stored the text, so this checks the site and not the CMS's locales.
    const stored = (await (
      await fetch(`${cmsUrl}/api/venues?locale=all&depth=0&where[id][equals]=${venue.id}`)
    ).json()) as { docs: { teaser: Record<string, string>; slug: Record<string, string> }[] };
    const doc = stored.docs[0];
    const locale = doc?.teaser.es === teaser ? 'es' : 'en';
    const pagePath =
      locale === 'es' ? `/es/lugares/${doc?.slug.es}` : `/en/places/${doc?.slug.en ?? doc?.slug.es}`;
    // The CMS calls the site; the next visit renders with the new text.
    let html = '';
    for (let attempt = 0; attempt < 40 && !html.includes(teaser); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      html = (await get(pagePath)).html;
    }
    expect(html.includes(teaser), `page at ${pagePath} shows the new teaser`).toBe(true);
    // Listings that show the venue are refreshed too.
    const listing = locale === 'es' ? '/es/lugares' : '/en/places';
    expect((await get(listing)).html.includes(teaser), `${listing} shows the new teaser`).toBe(true);
  });

  it('accepts the right secret and reports what it refreshed', async () => {
    const response = await post({ paths: ['/es', '//evil.example'], tags: ['venues'] }, `Bearer ${secret}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ revalidated: true, paths: ['/es'], tags: ['venues'] });
  });
});

async function cmsIsDown(): Promise<boolean> {
  try {
    await fetch(`${cmsUrl}/api/venues?limit=1`, { signal: AbortSignal.timeout(2000) });
    return false;
  } catch {
    return true;
  }
}

// Last in this file, and this file is the only one that stops anything: the CMS stays down after it.
describe('the report endpoint', () => {
  const post = (body: string, headers: Record<string, string>) =>
    fetch(`${webUrl}/api/report`, { method: 'POST', body, headers, redirect: 'manual' });
  const json = (fields: Record<string, unknown>, headers: Record<string, string> = {}) =>
    post(JSON.stringify(fields), { 'content-type': 'application/json', ...headers });
  const form = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
    post(new URLSearchParams(fields).toString(), {
      'content-type': 'application/x-www-form-urlencoded',
      ...headers,
    });

  /** Streams `total` bytes to the endpoint until it answers; how much was sent by then. */
  /**
   * Streams a large body at the report endpoint over a raw socket and reads the status line the
   * server answers with. A server that refuses early may close while the body is still being
   * written, so write errors are expected; what counts is the answer and how much was sent.
   */
  async function postLarge(total: number, declareLength: boolean): Promise<{ status: number; sent: number }> {
    const { connect } = await import('node:net');
    const url = new URL(`${webUrl}/api/report`);
    return new Promise((resolve, reject) => {
      let sent = 0;
      let answer = '';
      const socket = connect(Number(url.port), url.hostname);
      const finish = () => {
        const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
        socket.destroy();
        status ? resolve({ status, sent }) : reject(new Error(`no answer after ${sent} bytes`));
      };
      socket.on('data', (data) => {
        answer += data.toString('latin1');
        if (answer.includes('\r\n')) finish();
      });
      socket.on('error', () => undefined);
      socket.on('close', finish);
      const head = [
        `POST ${url.pathname} HTTP/1.1`,
        `Host: ${url.host}`,
        'Content-Type: application/json',
        declareLength ? `Content-Length: ${total}` : 'Transfer-Encoding: chunked',
        '',
        '',
      ].join('\r\n');
      const chunk = Buffer.alloc(64 * 1024, 32);
      const framed = declareLength
        ? chunk
        : Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]);
      socket.write(head);
      const pump = () => {
        while (sent < total && !socket.destroyed) {
          sent += chunk.length;
          if (!socket.write(framed)) return void socket.once('drain', pump);
        }
        if (!socket.destroyed && !declareLength) socket.write('0\r\n\r\n');
      };
      pump();
    });
  }

  it('refuses a body over 16 KB with 413 without reading it', async () => {
    const total = 100 * 1024 * 1024;
    const declared = await postLarge(total, true);
    expect(declared.status).toBe(413);
    expect(declared.sent).toBeLessThan(total);
    // Without a declared length (chunked), the limit holds as the body streams in.
    const chunked = await postLarge(total, false);
    expect(chunked.status).toBe(413);
    expect(chunked.sent).toBeLessThan(total);
    recordReliability({
      id: 'site.report-oversized-body',
      area: 'attack',
      tried: '100 MB bodies posted to the report endpoint, with a declared length and chunked',
      tries: 2,
      held: 2,
      figures: {
        'sent before the 413, declared (bytes)': declared.sent,
        'sent before the 413, chunked (bytes)': chunked.sent,
      },
      test: 'apps/web/test/site.test.ts',
    });
  });

  it('never sends the visitor to another site', async () => {
    for (const pageUrl of [
      '//evil.example/',
      '/\\evil.example',
      '/\t/evil.example',
      'https://evil.example/',
    ]) {
      const response = await form({ message: 'The hours are wrong.', pageUrl, website: '' });
      expect(response.status, pageUrl).toBe(303);
      const location = new URL(response.headers.get('location') ?? '', webUrl);
      expect(location.origin, pageUrl).toBe(new URL(webUrl).origin);
      expect(location.pathname, pageUrl).toBe('/');
      expect((await json({ message: 'The hours are wrong.', pageUrl })).status, pageUrl).toBe(400);
    }
    recordReliability({
      id: 'site.report-open-redirect',
      area: 'attack',
      tried:
        'report form posts whose page address leads off-site (//host, /\\host, tab tricks, absolute URLs), as a form and as JSON',
      tries: 8,
      held: 8,
      test: 'apps/web/test/site.test.ts',
    });
  });

  it('passes the CMS’s reasons on: a bad email is a 400 naming the field, a flood a 429', async () => {
    const venue = await someVenue();
    const pageUrl = `/es/lugares/${venue.slug.es}`;
    const report = { venue: venue.id, pageUrl, message: 'The hours are wrong.', website: '' };

    const badEmail = await json({ ...report, email: 'not an email' });
    expect(badEmail.status).toBe(400);
    expect(await badEmail.json()).toMatchObject({ field: 'email' });
    const badEmailForm = await form({ ...report, venue: String(venue.id), email: 'not an email' });
    expect(badEmailForm.headers.get('location')).toMatch(
      new RegExp(`${pageUrl}\\?report=invalid-email#report-invalid-email$`),
    );

    // This machine may file five reports in ten minutes; a new X-Forwarded-For each time changes nothing.
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await json(report, { 'x-forwarded-for': `203.0.113.${i + 1}` });
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    const limitedForm = await form(
      { ...report, venue: String(venue.id) },
      { 'x-forwarded-for': '203.0.113.99' },
    );
    expect(limitedForm.headers.get('location')).toMatch(/\?report=rate-limited#report-rate-limited$/);
    // The page shows the outcome to a visitor without JavaScript.
    expect((await get(pageUrl)).html).toContain('id="report-rate-limited"');
  });
});

describe('with the CMS stopped', () => {
  it('keeps serving every page already rendered', async () => {
    const venues = (await (
      await fetch(`${cmsUrl}/api/venues?locale=all&depth=0&limit=1&sort=id`)
    ).json()) as {
      docs: { slug: { es: string }; name: { es: string } }[];
    };
    const venue = venues.docs[0];
    if (!venue) throw new Error('no venue');
    const paths = [`/es/lugares/${venue.slug.es}`, '/es', '/es/lugares', '/sitemap.xml'];
    const before = new Map<string, string>();
    for (const path of paths) {
      const response = await fetch(`${webUrl}${path}`);
      expect(response.status, path).toBe(200);
      before.set(path, await response.text());
    }

    process.kill(-cmsProcessGroup, 'SIGTERM');
    for (let i = 0; i < 20 && !(await cmsIsDown()); i++) await new Promise((r) => setTimeout(r, 250));
    // A Next server may sit on SIGTERM for a while; the group is killed outright then.
    if (!(await cmsIsDown())) {
      try {
        process.kill(-cmsProcessGroup, 'SIGKILL');
      } catch {
        // Already gone.
      }
      for (let i = 0; i < 20 && !(await cmsIsDown()); i++) await new Promise((r) => setTimeout(r, 250));
    }
    expect(await cmsIsDown()).toBe(true);

    for (const path of paths) {
      const response = await fetch(`${webUrl}${path}`);
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toBe(before.get(path));
    }
    // A page never rendered before cannot be made up: it fails, and is not cached as empty.
    expect((await fetch(`${webUrl}/en/categories/cinema`)).status).toBeGreaterThanOrEqual(500);
  });
});
