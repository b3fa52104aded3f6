import type { RichTextNode } from '@paseo/domain';
import { lexicalState } from '@paseo/domain/cms';
import type { Page } from '@playwright/test';
import { recordReliability } from '../../scripts/reliability';
import { logInToAdmin } from '../support/admin';
import { solidPng } from '../support/png';
import { demoUsers, uniqueSuffix } from '../support/sample';
import { expect, test } from '../support/test';
import { recordCspViolations, recordDialogs } from '../support/watch';

const admin = demoUsers.admin;

/** What an editor might paste by mistake or on purpose: markup that runs `alert` if written as HTML. */
const hostile = {
  img: '<img src=x onerror=alert(1)>',
  closeAttribute: '"><script>alert(1)</script>',
  closeScript: '</script><script>alert(1)</script>',
  svg: '"><svg onload=alert(1)>',
} as const;

const text = (value: string) => ({
  type: 'text',
  version: 1,
  text: value,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
});
const link = (url: string, label: string) => ({
  type: 'link',
  version: 3,
  direction: 'ltr',
  format: '',
  indent: 0,
  fields: { url, newTab: false, linkType: 'custom' },
  children: [text(label)],
});
const richText = (...children: RichTextNode[]) =>
  lexicalState({
    root: {
      type: 'root',
      children: [{ type: 'paragraph', direction: 'ltr', format: '', indent: 0, textFormat: 0, children }],
    },
  });

/**
 * Shows the interactive map and points at every marker in turn, so each tooltip is opened.
 * Returns what the tooltips said, and whether any held an element rather than text.
 */
async function tooltipsOfEveryMarker(page: Page): Promise<{ texts: string[]; elements: number }> {
  await page.route('https://*.openstreetmap.org/**', (route) =>
    route.fulfill({ contentType: 'image/png', body: solidPng(256, 256, [230, 225, 215]) }),
  );
  await page.getByTestId('map').getByRole('button').click();
  // Circle markers and a neighborhood's outline are SVG paths; hovering the outline does nothing.
  const markers = page.locator('.leaflet-overlay-pane path.leaflet-interactive');
  await expect(markers.first()).toBeVisible();
  const texts: string[] = [];
  let elements = 0;
  for (const marker of await markers.all()) {
    await marker.hover({ force: true });
    texts.push(...(await page.locator('.leaflet-tooltip').allTextContents()));
    elements += await page.locator('.leaflet-tooltip *:not(span)').count();
  }
  // An `onerror` fires once the broken image has failed to load: give it that moment.
  await page.waitForTimeout(500);
  return { texts, elements };
}

async function idOf(
  cms: { find: (c: string, q: string) => Promise<{ docs: { id: number }[] }> },
  collection: string,
  query: string,
) {
  const { docs } = await cms.find(collection, query);
  const id = docs[0]?.id;
  if (id === undefined) throw new Error(`no ${collection} matches ${query}`);
  return id;
}

test.describe('text typed by editors never runs as script', () => {
  test('markup in names, teasers, alt texts, credits, quotes and rich text is shown as text on the site and in the admin', async ({
    page,
    stack,
    cms,
    cleanup,
  }) => {
    test.slow();
    const dialogs = recordDialogs(page);
    // A handler the policy blocked still shows that markup got through: it must not be tried at all.
    const violations = await recordCspViolations(page);
    const tag = uniqueSuffix();
    const name = `${hostile.img} Casa hostil ${tag}`;
    const englishName = `${hostile.closeAttribute} Hostile house ${tag}`;
    const slug = `casa-hostil-${tag}`;
    const teaser = `${hostile.closeScript} Un lugar de prueba.`;
    const alt = `${hostile.closeAttribute} fachada`;
    const credit = {
      title: `${hostile.closeScript} retrato`,
      author: hostile.img,
      sourceName: hostile.svg,
      sourceUrl: `https://paseo.example/source?q=${encodeURIComponent(hostile.closeAttribute)}`,
      licenseName: `CC0 ${hostile.img}`,
      licenseUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
    };

    const upload = await cms.upload(
      'media',
      { name: `hostil-${tag}.png`, mimeType: 'image/png', buffer: solidPng(480, 300, [120, 40, 90]) },
      { alt: { es: alt, en: `${hostile.img} facade` }, credit },
      admin,
    );
    expect(upload.status(), await upload.text()).toBe(201);
    const mediaId = ((await upload.json()) as { doc: { id: number } }).doc.id;
    cleanup(() => cms.delete('media', mediaId, admin));

    const neighborhood = await idOf(cms, 'neighborhoods', 'where[slug][equals]=del-carmen&depth=0');
    const category = await idOf(cms, 'categories', 'where[key][equals]=museum&depth=0');
    const created = await cms.post(
      '/api/venues?locale=es',
      {
        name,
        slug,
        teaser,
        description: richText(
          text(`${hostile.img} ${hostile.closeScript} `),
          link(`https://paseo.example/?q=${encodeURIComponent(hostile.closeAttribute)}`, hostile.svg),
        ),
        pullQuote: { text: `${hostile.closeScript} ${hostile.svg}`, attribution: hostile.img },
        address: {
          street: `Francisco Sosa 7 ${hostile.img}`,
          neighborhood: 'Del Carmen',
          postalCode: '04100',
          borough: 'Coyoacán',
          city: 'Ciudad de México',
          country: 'MX',
        },
        // Linked to Del Carmen, so the neighborhood's map shows it among the others; placed kilometres
        // from every sample venue so it is never one of their nearby places while other specs
        // measure those pages (its picture is deleted at the end of this test).
        location: { latitude: 19.4, longitude: -99.13 },
        openingHours: { rule: 'Tu-Su 10:00-17:00', timeZone: 'America/Mexico_City' },
        category,
        neighborhood,
        heroImage: mediaId,
        gallery: [mediaId],
        _status: 'published',
      },
      admin,
    );
    expect(created.status(), await created.text()).toBe(201);
    const venueId = ((await created.json()) as { doc: { id: number } }).doc.id;
    cleanup(() => cms.delete('venues', venueId, admin));
    const english = await cms.patch(
      `/api/venues/${venueId}?locale=en`,
      {
        name: englishName,
        slug: `hostile-house-${tag}`,
        description: richText(text(`${hostile.closeAttribute} English text.`)),
        _status: 'published',
      },
      admin,
    );
    expect(english.status(), await english.text()).toBe(200);

    // The venue page: every hostile text is on the page as text.
    const path = `/es/lugares/${slug}`;
    await expect.poll(async () => (await page.request.get(path)).status(), { timeout: 15_000 }).toBe(200);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.locator('.venue__teaser')).toHaveText(teaser);
    await expect(page.locator('.pull-quote figcaption')).toHaveText(`— ${hostile.img}`);
    await expect(page.getByTestId('hero-credit')).toContainText(credit.author);
    await expect(
      page.getByTestId('hero-credit').getByRole('link', { name: credit.sourceName }),
    ).toHaveAttribute('href', credit.sourceUrl);
    await expect(page.getByRole('img', { name: alt }).first()).toBeVisible();
    await expect(
      page.locator('.venue__section.prose').getByRole('link', { name: hostile.svg }),
    ).toBeVisible();
    const jsonLd = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent ?? 'null')));
    expect(JSON.stringify(jsonLd)).toContain(JSON.stringify(teaser).slice(1, -1));

    // The interactive map's tooltip shows the name as text.
    const venueMap = await tooltipsOfEveryMarker(page);
    expect(dialogs, 'no script from the venue map').toEqual([]);
    expect(venueMap.texts).toContain(name);
    expect(venueMap.elements).toBe(0);

    // The English page, its name closing an attribute and opening a script.
    await page.goto(`/en/places/hostile-house-${tag}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(englishName);
    const englishMap = await tooltipsOfEveryMarker(page);
    expect(dialogs, 'no script from the English venue map').toEqual([]);
    expect(englishMap.texts).toContain(englishName);

    // Where the venue is listed: its neighborhood (with the map of all its venues), its category, search.
    await page.goto(path);
    await page.locator('.venue__kicker').getByRole('link', { name: 'Del Carmen' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Del Carmen');
    await expect(page.getByRole('link', { name: new RegExp(tag) }).first()).toBeVisible();
    const neighborhoodMap = await tooltipsOfEveryMarker(page);
    expect(dialogs, 'no script from the neighborhood map').toEqual([]);
    expect(neighborhoodMap.texts).toContain(name);
    expect(neighborhoodMap.elements).toBe(0);

    await page.goto(path);
    await page.locator('.venue__kicker').getByRole('link', { name: 'Museo' }).click();
    await expect(page.getByRole('link', { name: new RegExp(tag) }).first()).toBeVisible();

    await page.goto(`/es/buscar?q=${encodeURIComponent(`Casa hostil ${tag}`)}`);
    await expect(page.getByRole('link', { name: new RegExp(tag) }).first()).toBeVisible();
    // What a visitor searches for is written back on the page too.
    await page.goto(`/es/buscar?q=${encodeURIComponent(hostile.closeAttribute)}`);
    await page.goto(`/es/buscar?q=${encodeURIComponent(hostile.img)}`);

    // The admin: the list of venues, the venue's form and its image.
    await logInToAdmin(page, stack.cmsUrl, admin);
    await page.goto(`${stack.cmsUrl}/admin/collections/venues?limit=100&where[slug][equals]=${slug}`);
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
    await page.goto(`${stack.cmsUrl}/admin/collections/venues/${venueId}`);
    await expect(page.locator('#field-name')).toHaveValue(name);
    await expect(page.locator('#field-teaser')).toHaveValue(teaser);
    await page.goto(
      `${stack.cmsUrl}/admin/collections/media?limit=100&where[filename][equals]=hostil-${tag}.png`,
    );
    await expect(page.getByText(`hostil-${tag}.png`).first()).toBeVisible();
    await page.goto(`${stack.cmsUrl}/admin/collections/media/${mediaId}`);
    await expect(page.locator('#field-alt__es')).toHaveValue(alt);
    await expect(page.locator('#field-credit__author')).toHaveValue(credit.author);

    // The comparison of two versions, which the admin draws as HTML.
    const versions = await cms.get(
      `/api/venues/versions?where[parent][equals]=${venueId}&sort=-updatedAt&depth=0`,
      admin,
    );
    const latest = ((await versions.json()) as { docs: { id: number }[] }).docs[0]?.id;
    expect(latest, 'a saved version of the venue').toBeDefined();
    await page.goto(`${stack.cmsUrl}/admin/collections/venues/${venueId}/versions/${latest}`);
    await expect(page.getByText(new RegExp(`Hostile house ${tag}`)).first()).toBeVisible();

    expect(dialogs, 'no editor text ran as script').toEqual([]);
    expect(violations, 'no editor text tried to run as script').toEqual([]);
    recordReliability({
      id: 'e2e.hostile-editor-text',
      area: 'attack',
      tried:
        'markup that calls alert() published in names, teasers, alt texts, credits, quotes, streets and rich text; the venue page in both languages with every map tooltip, the neighborhood map, category and search pages, and the admin list, edit and version views, watched for dialogs and CSP reports',
      tries: Object.keys(hostile).length,
      held: Object.keys(hostile).length,
      figures: { 'dialogs seen': dialogs.length, 'CSP violations seen': violations.length },
      test: 'e2e/tests/hostile-content.spec.ts',
    });
  });

  test('links with a script scheme are refused or never reach a page as script', async ({
    page,
    cms,
    cleanup,
  }) => {
    const dialogs = recordDialogs(page);
    const tag = uniqueSuffix();
    const slug = `enlaces-hostiles-${tag}`;
    const heroImage = await idOf(cms, 'media', 'limit=1&depth=0');
    const neighborhood = await idOf(cms, 'neighborhoods', 'where[slug][equals]=del-carmen&depth=0');
    const category = await idOf(cms, 'categories', 'where[key][equals]=museum&depth=0');
    const created = await cms.post(
      '/api/venues?locale=es',
      {
        name: `Enlaces hostiles ${tag}`,
        slug,
        teaser: 'Un lugar con enlaces que no deben ejecutarse.',
        description: richText(
          link('javascript:alert(1)', 'uno'),
          link('java\tscript:alert(1)', 'dos'),
          link(' JavaScript:alert(1)', 'tres'),
          link('data:text/html,<script>alert(1)</script>', 'cuatro'),
        ),
        address: {
          street: 'Francisco Sosa 8',
          neighborhood: 'Del Carmen',
          postalCode: '04100',
          borough: 'Coyoacán',
          city: 'Ciudad de México',
          country: 'MX',
        },
        // Far from the sample venues and from the venue above, for the same reason.
        location: { latitude: 19.4, longitude: -99.2 },
        openingHours: { rule: 'Tu-Su 10:00-17:00', timeZone: 'America/Mexico_City' },
        category,
        neighborhood,
        heroImage,
        _status: 'published',
      },
      admin,
    );
    // Refusing the links is a good answer; so is a page where they cannot run.
    expect([201, 400]).toContain(created.status());
    if (created.status() === 201) {
      const id = ((await created.json()) as { doc: { id: number } }).doc.id;
      cleanup(() => cms.delete('venues', id, admin));
      await page.goto(`/es/lugares/${slug}`);
      for (const name of ['uno', 'dos', 'tres', 'cuatro']) {
        const anchor = page.getByRole('link', { name, exact: true });
        if ((await anchor.count()) > 0) await anchor.click({ noWaitAfter: true }).catch(() => undefined);
      }
    }
    expect(dialogs, 'no link ran as script').toEqual([]);
  });
});
