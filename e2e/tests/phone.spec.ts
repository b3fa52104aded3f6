import { richTextFromParagraphs } from '@paseo/domain';
import type { Browser, Page } from '@playwright/test';
import type { CmsApi } from '../support/cms-api';
import { solidPng } from '../support/png';
import { delCarmen, demoUsers, trotsky, uniqueSuffix } from '../support/sample';
import { expect, test } from '../support/test';

const admin = demoUsers.admin;

type Device = {
  name: string;
  viewport: { width: number; height: number };
  deviceScaleFactor: number;
  isMobile: boolean;
  hasTouch: boolean;
};

/** A current phone held upright: 390×844 CSS pixels, three device pixels to each. */
const phone: Device = {
  name: 'phone',
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
};
/** A tablet held sideways: three columns of cards, the venue's two-column layout. */
const tablet: Device = {
  name: 'tablet',
  viewport: { width: 1024, height: 768 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
const desktop: Device = {
  name: 'desktop',
  viewport: { width: 1280, height: 800 },
  deviceScaleFactor: 1,
  isMobile: false,
  hasTouch: false,
};

const guidePath = '/es/guias/como-moverse-por-coyoacan';
const searchPath = '/es/buscar?q=museo';
/** The public pages with pictures: cards, a venue's hero and its nearby thumbnails. */
const pagesWithPictures = ['/es', '/es/lugares', delCarmen.es.path, searchPath, trotsky.es.path];

async function open(browser: Browser, webUrl: string, { name: _name, ...device }: Device) {
  const context = await browser.newContext({
    ...device,
    // The screen is the viewport, as on a phone. Left at the suite's desktop screen (1920px),
    // Chromium also fetches the hero in the size for that screen: a pairing no phone has.
    screen: device.viewport,
    baseURL: webUrl,
    locale: 'es-MX',
    timezoneId: 'America/Mexico_City',
  });
  return { context, page: await context.newPage() };
}

/** Console errors, uncaught errors, failed requests and answers of 400 or more, as they happen. */
function recordProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error on ${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught on ${page.url()}: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
  });
  return problems;
}

/** Every picture brought into view in turn, so lazy ones load, and waited for. */
async function loadEveryPicture(page: Page): Promise<void> {
  const pictures = page.locator('img');
  const count = await pictures.count();
  for (let index = 0; index < count; index++) {
    const picture = pictures.nth(index);
    await picture.scrollIntoViewIfNeeded();
    await expect
      .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), {
        message: `picture ${index} on ${page.url()} loads`,
      })
      .toBe(true);
  }
}

type Picture = {
  name: string;
  srcset: string;
  sizes: string;
  /** The width the picture's pixels are spread over, in CSS pixels. */
  drawnWidth: number;
  /** The width of the file the browser downloaded, in pixels. */
  pixelWidth: number;
  /** The width the browser read from `sizes`; undefined without `w` candidates. */
  sizesWidth: number | undefined;
};

/** What each picture on the page downloaded and how wide it is drawn; all must have loaded. */
async function measurePictures(page: Page): Promise<Picture[]> {
  return page.locator('img').evaluateAll((images) =>
    Promise.all(
      (images as HTMLImageElement[]).map(async (img) => {
        // The chosen file on its own: without srcset's density, its natural size is its pixels.
        const probe = new Image();
        probe.src = img.currentSrc;
        await probe.decode();
        const pixelWidth = probe.naturalWidth;
        const aspect = probe.naturalWidth / probe.naturalHeight;
        const box = img.getBoundingClientRect();
        const fit = getComputedStyle(img).objectFit;
        // `cover` fills the box's height when the picture is wider than the box, and the sides are
        // cut off; `contain` fits the whole picture inside.
        const drawnWidth =
          fit === 'cover'
            ? Math.max(box.width, box.height * aspect)
            : fit === 'contain'
              ? Math.min(box.width, box.height * aspect)
              : box.width;
        const chosen = img.srcset
          .split(/,\s+/)
          .map((candidate) => candidate.trim().split(/\s+/))
          .find(([url]) => url && new URL(url, document.baseURI).href === img.currentSrc);
        const descriptor = chosen?.[1];
        // With a `w` candidate the browser reports the natural width at the density it picked
        // (w ÷ the width `sizes` gave), so that width is naturalWidth × w ÷ the file's pixels.
        const sizesWidth = descriptor?.endsWith('w')
          ? (img.naturalWidth * Number.parseInt(descriptor, 10)) / pixelWidth
          : undefined;
        const file = new URL(img.currentSrc).searchParams.get('url') ?? img.currentSrc;
        return {
          name: `${img.className || img.alt || 'img'} (${file})`,
          srcset: img.srcset,
          sizes: img.getAttribute('sizes') ?? '',
          drawnWidth,
          pixelWidth,
          sizesWidth,
        };
      }),
    ),
  );
}

/**
 * What is wrong with the page's pictures at this device: a `srcset` without `sizes` (the browser
 * would assume the whole screen), a `sizes` that does not say the width the picture is drawn at
 * (from 5% under, which would blur it, to 15% over, room for the cards' borders and a desktop
 * scroll bar counted in `vw`), or a download more than 1.5 times the device pixels it covers (the
 * candidates from 320px up are at most 1.33 times apart, so a picture sized right stays under it).
 */
function pictureProblems(pictures: Picture[], device: Device): string[] {
  const problems: string[] = [];
  const scale = device.deviceScaleFactor;
  for (const picture of pictures) {
    const where = `${picture.name} on a ${device.name}`;
    const drawn = Math.round(picture.drawnWidth);
    if (picture.srcset && !picture.sizes) problems.push(`${where}: srcset without sizes`);
    if (
      picture.sizesWidth !== undefined &&
      (picture.sizesWidth < picture.drawnWidth * 0.95 || picture.sizesWidth > picture.drawnWidth * 1.15)
    ) {
      problems.push(
        `${where}: sizes "${picture.sizes}" says ${Math.round(picture.sizesWidth)}px, drawn ${drawn}px`,
      );
    }
    if (picture.pixelWidth > picture.drawnWidth * scale * 1.5) {
      problems.push(
        `${where}: downloaded ${picture.pixelWidth}px for ${drawn}px drawn at ${scale} device pixels per px`,
      );
    }
  }
  return problems;
}

/**
 * The page's picture problems, seen by a browser that has not been to the site: one that had
 * would draw a picture from a larger file it still holds, and download nothing.
 */
async function checkPicturesOf(browser: Browser, webUrl: string, path: string, device: Device) {
  const { context, page } = await open(browser, webUrl, device);
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await loadEveryPicture(page);
  const pictures = await measurePictures(page);
  await context.close();
  expect(pictures.length, `pictures on ${path}`).toBeGreaterThan(0);
  return pictureProblems(pictures, device).map((problem) => `${path}: ${problem}`);
}

test.describe('on a phone', () => {
  test('the venue, home, neighborhood, guide and search pages log no error and every request succeeds', async ({
    browser,
    stack,
  }) => {
    const { context, page } = await open(browser, stack.webUrl, phone);
    const problems = recordProblems(page);
    for (const path of ['/es', trotsky.es.path, trotsky.en.path, delCarmen.es.path, guidePath, searchPath]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      // Lazy pictures and anything else the page asks for once a visitor scrolls.
      await loadEveryPicture(page);
      await page.waitForLoadState('networkidle');
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the favicon and the home-screen icon are served, named in the head, and drawable', async ({
    browser,
    stack,
  }) => {
    const { context, page } = await open(browser, stack.webUrl, phone);
    const problems = recordProblems(page);
    await page.goto(trotsky.es.path);
    const icons = await page
      .locator('head link[rel~="icon"], head link[rel="apple-touch-icon"]')
      .evaluateAll((links) =>
        links.map((link) => ({ rel: link.getAttribute('rel'), href: (link as HTMLLinkElement).href })),
      );
    expect(icons.map(({ rel }) => rel)).toEqual(expect.arrayContaining(['icon', 'apple-touch-icon']));
    // Browsers ask for /favicon.ico by themselves, whatever the head says.
    const addresses = [...icons.map(({ href }) => href), new URL('/favicon.ico', page.url()).href];
    for (const address of addresses) {
      const response = await page.request.get(address);
      expect(response.status(), address).toBe(200);
      expect(response.headers()['content-type'], address).toMatch(/^image\//);
    }
    // Drawn by the page itself, so the Content-Security-Policy lets them in and the files decode.
    const widths = await page.evaluate(
      (sources) =>
        Promise.all(
          sources.map(async (source) => {
            const image = new Image();
            image.src = source;
            await image.decode();
            return image.naturalWidth;
          }),
        ),
      addresses,
    );
    for (const [index, width] of widths.entries()) expect(width, addresses[index]).toBeGreaterThan(0);
    // The icons pass the guard against malformed addresses, which still refuses one named like them.
    expect((await page.request.get('/favicon.ico%C0%AE')).status()).toBe(400);
    expect(problems).toEqual([]);
    await context.close();
  });

  test('the venue hero is preloaded from the head, fetched once, loaded at once and the largest paint', async ({
    browser,
    stack,
  }) => {
    const { context, page } = await open(browser, stack.webUrl, phone);
    await page.goto(trotsky.es.path);
    const hero = page.locator('.venue__hero img');
    await expect
      .poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    const picture = await hero.evaluate((img: HTMLImageElement) => ({
      srcset: img.srcset,
      sizes: img.sizes,
      loading: img.getAttribute('loading'),
      fetchPriority: img.getAttribute('fetchpriority'),
    }));
    expect(picture.loading).not.toBe('lazy');
    expect(picture.fetchPriority).toBe('high');

    // In the head of the page as the server sends it, with the same candidates and sizes as the
    // <img>, so the browser starts on it before it reaches the picture and uses what it fetched.
    const html = await (await page.request.get(trotsky.es.path)).text();
    const preloads = await page.evaluate((source) => {
      const document = new DOMParser().parseFromString(source, 'text/html');
      return [...document.head.querySelectorAll('link[rel="preload"][as="image"]')].map((link) => ({
        srcset: link.getAttribute('imagesrcset'),
        sizes: link.getAttribute('imagesizes'),
        fetchPriority: link.getAttribute('fetchpriority'),
      }));
    }, html);
    expect(preloads).toContainEqual({ srcset: picture.srcset, sizes: picture.sizes, fetchPriority: 'high' });

    // One download of the hero, by the preload: none twice, none of another candidate.
    const heroFetches = await page.evaluate(() => {
      const heroFile = encodeURIComponent(
        new URL((document.querySelector('.venue__hero img') as HTMLImageElement).currentSrc).searchParams.get(
          'url',
        ) ?? '',
      );
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes(`url=${heroFile}&`))
        .map((entry) => `${(entry as PerformanceResourceTiming).initiatorType} ${entry.name}`);
    });
    expect(heroFetches, 'fetches of the hero').toHaveLength(1);
    expect(heroFetches[0]).toMatch(/^link /);

    const largest = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          new PerformanceObserver((list) => {
            const entries = list.getEntries() as Array<PerformanceEntry & { element: Element | null }>;
            resolve(entries.at(-1)?.element?.className ?? 'none');
          }).observe({ type: 'largest-contentful-paint', buffered: true });
        }),
    );
    expect(largest).toBe('venue__hero-image');
    await context.close();
  });

  test('pictures below the first screen wait until a visitor scrolls near them', async ({
    browser,
    stack,
  }) => {
    const { context, page } = await open(browser, stack.webUrl, phone);
    for (const path of pagesWithPictures) {
      await page.goto(path);
      const below = await page
        .locator('img')
        .evaluateAll((images) =>
          (images as HTMLImageElement[])
            .filter((img) => img.getBoundingClientRect().top >= window.innerHeight)
            .map((img) => ({ file: img.getAttribute('src'), loading: img.getAttribute('loading') })),
        );
      for (const { file, loading } of below) expect(loading, `${file} on ${path}`).toBe('lazy');
    }
    await context.close();
  });
});

for (const device of [phone, tablet, desktop]) {
  test(`on a ${device.name}, every picture downloads a file near the size it is drawn`, async ({
    browser,
    stack,
  }) => {
    const problems: string[] = [];
    for (const path of pagesWithPictures) {
      problems.push(...(await checkPicturesOf(browser, stack.webUrl, path, device)));
    }
    expect(problems).toEqual([]);
  });
}

async function idOf(cms: CmsApi, collection: string, query: string): Promise<number> {
  const found = await cms.find(collection, query, admin);
  const id = found.docs[0]?.id;
  expect(id, `${collection}?${query}`).toBeDefined();
  return id as number;
}

async function uploadPicture(cms: CmsApi, name: string, colour: [number, number, number]): Promise<number> {
  const upload = await cms.upload(
    'media',
    { name, mimeType: 'image/png', buffer: solidPng(1600, 1000, colour) },
    {
      alt: { es: `Prueba ${name}`, en: `Test ${name}` },
      credit: {
        title: name,
        author: 'Paseo tests',
        sourceName: 'Paseo',
        sourceUrl: 'https://paseo.example/tests',
        licenseName: 'CC0 1.0',
        licenseUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
      },
    },
    admin,
  );
  expect(upload.status(), await upload.text()).toBe(201);
  return ((await upload.json()) as { doc: { id: number } }).doc.id;
}

test("a venue's gallery pictures download a file near the size they are drawn, on each device", async ({
  browser,
  stack,
  cms,
  cleanup,
}) => {
  test.slow();
  const tag = uniqueSuffix();
  const pictures: number[] = [];
  // The hero apart from the gallery: a file the page already holds at another size would be
  // drawn from that one.
  const colours: Array<[number, number, number]> = [
    [200, 120, 60],
    [120, 150, 90],
    [90, 110, 160],
  ];
  for (const [index, colour] of colours.entries()) {
    const id = await uploadPicture(cms, `galeria-${tag}-${index}.png`, colour);
    cleanup(() => cms.delete('media', id, admin));
    pictures.push(id);
  }
  const slug = `galeria-de-prueba-${tag}`;
  const created = await cms.post(
    '/api/venues?locale=es',
    {
      name: `Galería de prueba ${tag}`,
      slug,
      teaser: 'Un lugar de prueba con galería.',
      description: richTextFromParagraphs(['Texto de prueba.']),
      address: {
        street: 'Avenida de prueba 1',
        neighborhood: 'Del Carmen',
        postalCode: '04100',
        borough: 'Coyoacán',
        city: 'Ciudad de México',
        country: 'MX',
      },
      // Kilometres south of the sample venues, so it is never among their nearby places.
      location: { latitude: 19.3, longitude: -99.17 },
      category: await idOf(cms, 'categories', 'where[key][equals]=museum&depth=0'),
      neighborhood: await idOf(cms, 'neighborhoods', 'where[slug][equals]=del-carmen&depth=0'),
      heroImage: pictures[0],
      gallery: pictures.slice(1),
      _status: 'published',
    },
    admin,
  );
  expect(created.status(), await created.text()).toBe(201);
  const venueId = ((await created.json()) as { doc: { id: number } }).doc.id;
  cleanup(() => cms.delete('venues', venueId, admin));

  const path = `/es/lugares/${slug}`;
  const { context, page } = await open(browser, stack.webUrl, phone);
  await expect.poll(async () => (await page.request.get(path)).status(), { timeout: 15_000 }).toBe(200);
  await page.goto(path);
  await expect(page.locator('.gallery img')).toHaveCount(2);
  await context.close();
  const problems: string[] = [];
  for (const device of [phone, tablet, desktop]) {
    problems.push(...(await checkPicturesOf(browser, stack.webUrl, path, device)));
  }
  expect(problems).toEqual([]);
});
