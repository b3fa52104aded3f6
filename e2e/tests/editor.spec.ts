import type { Page } from '@playwright/test';
import {
  Autosave,
  choose,
  fieldWrapper,
  fillCredit,
  logInToAdmin,
  openTab,
  richText,
  startNewImage,
  switchLocale,
} from '../support/admin';
import { upcoming } from '../support/clock';
import { solidPng } from '../support/png';
import { demoUsers, uniqueSuffix } from '../support/sample';
import { expect, test } from '../support/test';

const demoEditor = demoUsers.editor;
const admin = demoUsers.admin;

/** What a public page answers, without following redirects. */
async function statusOf(page: Page, path: string): Promise<number> {
  return (await page.request.get(path, { maxRedirects: 0 })).status();
}

/** Opens a new venue in the admin; autosave makes it a draft at once. Returns its id. */
async function newVenue(page: Page, cmsUrl: string): Promise<number> {
  await page.goto(`${cmsUrl}/admin/collections/venues/create?locale=es`);
  await expect(page).toHaveURL(/\/admin\/collections\/venues\/\d+/);
  return Number(/venues\/(\d+)/.exec(page.url())?.[1]);
}

test.describe('editors', () => {
  test('create a bilingual venue, publish it, edit it, rename it and unpublish it', async ({
    page,
    stack,
    cms,
    cleanup,
    editor,
  }) => {
    test.slow();
    const tag = uniqueSuffix();
    const es = {
      name: `Casa de pruebas ${tag}`,
      slug: `casa-de-pruebas-${tag}`,
      teaser: 'Una casa inventada para comprobar la publicación.',
      description: `Descripción original ${tag}.`,
      editedDescription: `Descripción corregida ${tag}.`,
      renamedSlug: `casa-de-pruebas-renombrada-${tag}`,
    };
    const en = {
      name: `Test house ${tag}`,
      slug: `test-house-${tag}`,
      teaser: 'A made-up house to check publishing.',
      description: `Original description ${tag}.`,
    };
    const credit = {
      title: `Fachada naranja ${tag}`,
      author: 'Paseo test suite',
      sourceName: 'Paseo tests',
      sourceUrl: 'https://paseo.example/tests',
      licenseName: 'CC0 1.0',
      licenseUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
    };
    const esPath = `/es/lugares/${es.slug}`;
    const enPath = `/en/places/${en.slug}`;

    await logInToAdmin(page, stack.cmsUrl, editor);
    const autosave = new Autosave(page);
    const id = await newVenue(page, stack.cmsUrl);
    cleanup(() => cms.delete('venues', id, admin));

    // Spanish first: it is the default content language.
    await autosave.edit(async () => {
      await page.locator('#field-name').fill(es.name);
      await page.locator('#field-slug').fill(es.slug);
      await page.locator('#field-teaser').fill(es.teaser);
    });
    await autosave.edit(async () => {
      await choose(page, 'field-category', 'Museo');
      await choose(page, 'field-neighborhood', 'Barrio de San Lucas');
    });

    // The hero image is uploaded from the venue form, with its full credit.
    await startNewImage(
      page,
      'field-heroImage',
      { name: `fachada-${tag}.png`, buffer: solidPng(480, 300, [214, 110, 40]) },
      { es: 'Un muro de color naranja', en: 'An orange wall' },
    );
    await fillCredit(page, credit);
    await autosave.idle();
    await autosave.edit(async () => {
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(page.locator('#field-heroImage')).toContainText(`fachada-${tag}.png`);
    });
    const media = await cms.find('media', `where[filename][equals]=fachada-${tag}.png`, editor);
    expect(media.totalDocs).toBe(1);
    const mediaId = media.docs[0]?.id as number;
    // An image a published venue uses cannot be deleted: the venue goes first.
    cleanup(async () => {
      await cms.delete('venues', id, admin);
      await cms.delete('media', mediaId, admin);
    });

    await autosave.edit(async () => {
      await richText(page, 'description').click();
      await page.keyboard.type(es.description);
    });

    await openTab(page, 'Location & getting there');
    await autosave.edit(async () => {
      await page.locator('#field-address__street').fill('Calle Inventada 12');
      await page.locator('#field-address__neighborhood').fill('Barrio de San Lucas');
      await page.locator('#field-address__postalCode').fill('04030');
      // Far enough from every sample venue (more than 3 km) to stay out of their "nearby" lists.
      await page.locator('#field-location__latitude').fill('19.315');
      await page.locator('#field-location__longitude').fill('-99.185');
    });

    await openTab(page, 'Hours & prices');
    await autosave.edit(async () => {
      await page.locator('#field-openingHours__rule').fill('Tu-Su 10:00-17:00; PH off');
    });

    // Every value survived the autosaves.
    await expect(page.locator('#field-openingHours__rule')).toHaveValue('Tu-Su 10:00-17:00; PH off');
    await openTab(page, 'Location & getting there');
    await expect(page.locator('#field-address__street')).toHaveValue('Calle Inventada 12');
    await expect(page.locator('#field-location__latitude')).toHaveValue('19.315');
    await openTab(page, 'Content');
    await expect(page.locator('#field-name')).toHaveValue(es.name);
    await expect(richText(page, 'description')).toHaveText(es.description);

    // English, through the locale switcher.
    await switchLocale(page, 'English');
    await autosave.edit(async () => {
      await page.locator('#field-name').fill(en.name);
      await page.locator('#field-slug').fill(en.slug);
      await page.locator('#field-teaser').fill(en.teaser);
    });
    await autosave.edit(async () => {
      await richText(page, 'description').click();
      await page.keyboard.type(en.description);
    });
    await expect(page.locator('#field-untranslated')).toHaveValue('');

    // A saved draft: kept in the CMS, absent from the public site and from anonymous reads.
    await expect(page.locator('.doc-controls')).toContainText('Draft');
    const draft = await cms.get(`/api/venues/${id}?draft=true&locale=all&depth=0`, editor);
    expect(draft.status()).toBe(200);
    expect(await draft.json()).toMatchObject({
      _status: 'draft',
      name: { es: es.name, en: en.name },
      slug: { es: es.slug, en: en.slug },
      location: { latitude: 19.315, longitude: -99.185 },
      openingHours: { rule: 'Tu-Su 10:00-17:00; PH off' },
    });
    expect((await cms.find('venues', `where[slug][equals]=${es.slug}`)).totalDocs).toBe(0);
    expect(await statusOf(page, esPath)).toBe(404);
    expect(await statusOf(page, enPath)).toBe(404);

    // Publish: both pages appear within seconds, with no rebuild of the site.
    await page.getByRole('button', { name: 'Publish changes' }).click();
    await expect(page.locator('.doc-controls')).toContainText('Published');
    const publishedAt = Date.now();
    await expect.poll(() => statusOf(page, esPath), { timeout: 15_000 }).toBe(200);
    test.info().annotations.push({
      type: 'publish → public page',
      description: `${((Date.now() - publishedAt) / 1000).toFixed(1)} s`,
    });
    await expect.poll(() => statusOf(page, enPath), { timeout: 15_000 }).toBe(200);

    const site = await page.context().newPage();
    await site.clock.setFixedTime(new Date(upcoming(2, '12:00'))); // a Tuesday, noon
    await site.goto(esPath);
    await expect(site.getByRole('heading', { level: 1 })).toHaveText(es.name);
    await expect(site.locator('.venue__teaser')).toHaveText(es.teaser);
    await expect(site.getByRole('region', { name: 'Sobre el lugar' })).toContainText(es.description);
    await expect(site.locator('.venue__kicker')).toContainText('Barrio de San Lucas');
    const heroCredit = site.getByTestId('hero-credit');
    await expect(heroCredit).toContainText(credit.title);
    await expect(heroCredit).toContainText(credit.author);
    await expect(heroCredit.getByRole('link', { name: credit.sourceName })).toHaveAttribute(
      'href',
      credit.sourceUrl,
    );
    await expect(heroCredit.getByRole('link', { name: credit.licenseName })).toHaveAttribute(
      'href',
      credit.licenseUrl,
    );
    await expect(site.getByRole('img', { name: 'Un muro de color naranja' })).toBeVisible();
    await expect(site.locator('.venue__address')).toContainText('Calle Inventada 12');
    await expect(site.getByTestId('directions')).toHaveAttribute('href', /destination=19\.315%2C-99\.185/);
    const hours = site.getByTestId('opening-hours');
    await expect(hours.getByRole('row', { name: 'Martes' })).toContainText('10:00–17:00');
    await expect(hours.getByRole('row', { name: 'Lunes' })).toContainText('Cerrado');
    await expect(site.getByTestId('open-now')).toHaveText('Abierto ahora · cierra a las 17:00');

    await site.goto(enPath);
    await expect(site.getByRole('heading', { level: 1 })).toHaveText(en.name);
    await expect(site.getByRole('region', { name: 'About the place' })).toContainText(en.description);
    await expect(site.getByRole('img', { name: 'An orange wall' })).toBeVisible();

    // Edit the Spanish description: the draft stays private until it is published.
    await switchLocale(page, 'Español');
    await autosave.edit(async () => {
      await richText(page, 'description').click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(es.editedDescription);
    });
    await expect(richText(page, 'description')).toHaveText(es.editedDescription);
    expect(await (await page.request.get(esPath)).text()).not.toContain(es.editedDescription);
    await page.getByRole('button', { name: 'Publish changes' }).click();
    await expect(page.locator('.doc-controls')).toContainText('Published');
    await expect
      .poll(async () => (await page.request.get(esPath)).text(), { timeout: 15_000 })
      .toContain(es.editedDescription);
    await site.goto(esPath);
    await expect(site.getByRole('region', { name: 'Sobre el lugar' })).toHaveText(
      new RegExp(es.editedDescription),
    );
    await expect(site.getByRole('region', { name: 'Sobre el lugar' })).not.toContainText(es.description);

    // Rename the Spanish slug: the old address answers with a permanent redirect to the new one.
    const renamedPath = `/es/lugares/${es.renamedSlug}`;
    await autosave.edit(async () => {
      await page.locator('#field-slug').fill(es.renamedSlug);
    });
    await page.getByRole('button', { name: 'Publish changes' }).click();
    await expect(page.locator('.doc-controls')).toContainText('Published');
    await expect.poll(() => statusOf(page, renamedPath), { timeout: 15_000 }).toBe(200);
    await expect
      .poll(async () => [301, 308].includes(await statusOf(page, esPath)), { timeout: 15_000 })
      .toBe(true);
    const redirect = await page.request.get(esPath, { maxRedirects: 0 });
    expect(new URL(redirect.headers().location ?? '', stack.webUrl).pathname).toBe(renamedPath);
    await site.goto(esPath);
    await expect(site).toHaveURL(`${stack.webUrl}${renamedPath}`);
    await expect(site.getByRole('heading', { level: 1 })).toHaveText(es.name);

    // Unpublish: the pages are gone from the public site.
    await page.locator('.doc-controls__popup').getByRole('button').click();
    await page.locator('#action-unpublish').click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirm' }).click();
    await expect(page.locator('.doc-controls')).toContainText('Draft');
    await expect.poll(() => statusOf(page, renamedPath), { timeout: 15_000 }).toBe(404);
    await expect.poll(() => statusOf(page, enPath), { timeout: 15_000 }).toBe(404);
    await site.goto(renamedPath);
    await expect(site.getByTestId('not-found')).toBeVisible();
    expect((await cms.find('venues', `where[slug][equals]=${es.renamedSlug}`)).totalDocs).toBe(0);
  });

  test('build a walk from two venues, see its route on the map, publish it and find it on the site', async ({
    page,
    stack,
    cms,
    cleanup,
    editor,
  }) => {
    test.slow();
    const tag = uniqueSuffix();
    const title = `Paseo de pruebas ${tag}`;
    const slug = `paseo-de-pruebas-${tag}`;
    // The route map's tiles are answered locally: the test needs no internet.
    await page.route('https://*.openstreetmap.org/**', (route) =>
      route.fulfill({ contentType: 'image/png', body: solidPng(256, 256, [230, 225, 215]) }),
    );
    await logInToAdmin(page, stack.cmsUrl, editor);
    const autosave = new Autosave(page);
    await page.goto(`${stack.cmsUrl}/admin/collections/walks/create?locale=es`);
    await expect(page).toHaveURL(/\/admin\/collections\/walks\/\d+/);
    const id = Number(/walks\/(\d+)/.exec(page.url())?.[1]);
    cleanup(() => cms.delete('walks', id, admin));

    await autosave.edit(async () => {
      await page.locator('#field-title').fill(title);
      await page.locator('#field-slug').fill(slug);
      await page.locator('#field-teaser').fill('Un paseo inventado para comprobar la publicación.');
    });
    await autosave.edit(async () => {
      await choose(page, 'field-neighborhood', 'Del Carmen');
    });
    await startNewImage(
      page,
      'field-heroImage',
      { name: `paseo-${tag}.png`, buffer: solidPng(480, 300, [40, 120, 90]) },
      { es: 'Un muro verde', en: 'A green wall' },
    );
    await fillCredit(page, {
      title: `Muro verde ${tag}`,
      author: 'Paseo test suite',
      sourceName: 'Paseo tests',
      sourceUrl: 'https://paseo.example/tests',
      licenseName: 'CC0 1.0',
      licenseUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
    });
    await autosave.idle();
    await autosave.edit(async () => {
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect(page.locator('#field-heroImage')).toContainText(`paseo-${tag}.png`);
    });
    const media = await cms.find('media', `where[filename][equals]=paseo-${tag}.png`, editor);
    const mediaId = media.docs[0]?.id as number;
    cleanup(async () => {
      await cms.delete('walks', id, admin);
      await cms.delete('media', mediaId, admin);
    });
    await autosave.edit(async () => {
      await richText(page, 'introduction').click();
      await page.keyboard.type(`Introducción ${tag}.`);
    });

    // The stops, one venue each; the route map follows as they are chosen.
    const routeMap = page.getByTestId('route-map');
    for (const [index, venue] of ['Museo Frida Kahlo', 'Cineteca Nacional'].entries()) {
      await autosave.edit(async () => {
        await page.getByRole('button', { name: 'Add Stop' }).click();
        await choose(page, `field-stops__${index}__venue`, venue);
      });
    }
    await expect(routeMap.getByRole('listitem')).toHaveText([
      'Museo Frida Kahlo',
      // 19.35503,-99.16284 → 19.3603,-99.1644: 606 m in a straight line, ceil(606 × 1.3 / 80) = 10 min.
      /^Cineteca Nacional — 60\d m, 10 min on foot from stop 1$/,
    ]);
    await expect(routeMap.locator('path.leaflet-interactive')).toHaveCount(3);

    await page.getByRole('button', { name: 'Publish changes' }).click();
    await expect(page.locator('.doc-controls')).toContainText('Published');
    const path = `/es/paseos/${slug}`;
    await expect.poll(() => statusOf(page, path), { timeout: 15_000 }).toBe(200);
    const site = await page.context().newPage();
    await site.goto(path);
    await expect(site.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(site.getByTestId('walk-stop').getByRole('heading', { level: 3 })).toHaveText([
      '1. Museo Frida Kahlo',
      '2. Cineteca Nacional',
    ]);
    // The walks list and the venue both link to it.
    await site.goto('/es/paseos');
    await expect(site.getByRole('link', { name: title })).toBeVisible();
    await expect
      .poll(async () => (await page.request.get('/es/lugares/cineteca-nacional')).text(), { timeout: 15_000 })
      .toContain(title);
  });

  test('a missing credit, bad coordinates and bad opening hours are refused on the field; nothing is published', async ({
    page,
    stack,
    cms,
    cleanup,
    editor,
  }) => {
    test.slow();
    const tag = uniqueSuffix();
    const slug = `lugar-con-errores-${tag}`;
    await logInToAdmin(page, stack.cmsUrl, editor);
    const autosave = new Autosave(page);
    const id = await newVenue(page, stack.cmsUrl);
    cleanup(() => cms.delete('venues', id, admin));

    await autosave.edit(async () => {
      await page.locator('#field-name').fill(`Lugar con errores ${tag}`);
      await page.locator('#field-slug').fill(slug);
      await page.locator('#field-teaser').fill('Un lugar que no debe publicarse.');
    });
    await autosave.edit(async () => {
      await choose(page, 'field-category', 'Museo');
      await choose(page, 'field-neighborhood', 'Barrio de San Lucas');
    });
    await autosave.edit(async () => {
      await richText(page, 'description').click();
      await page.keyboard.type('Texto de prueba.');
    });

    // An image without its credit is not accepted.
    const filename = `sin-credito-${tag}.png`;
    await startNewImage(
      page,
      'field-heroImage',
      { name: filename, buffer: solidPng(160, 100, [40, 90, 200]) },
      { es: 'Un rectángulo azul', en: 'A blue rectangle' },
    );
    // A form-state answer arriving after the click can wipe the errors it showed (Payload's admin
    // does this now and then); an editor would press Save again, and so does the test.
    await autosave.idle();
    await expect(async () => {
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      for (const field of ['title', 'author', 'sourceName', 'sourceUrl', 'licenseName', 'licenseUrl']) {
        await expect(fieldWrapper(page, `field-credit__${field}`)).toHaveClass(/\berror\b/, {
          timeout: 3000,
        });
      }
    }).toPass({ timeout: 30_000 });
    // The message names what is missing, in words an editor understands (soft: the checks below
    // still run and report).
    await expect.soft(fieldWrapper(page, 'field-credit__author')).toContainText('Author is required');
    await expect.soft(fieldWrapper(page, 'field-credit__licenseUrl')).toContainText('Licence URL');
    expect((await cms.find('media', `where[filename][equals]=${filename}`, editor)).totalDocs).toBe(0);
    await page.keyboard.press('Escape');
    await expect(page.locator('#field-credit__title')).toBeHidden();

    await openTab(page, 'Location & getting there');
    await autosave.edit(async () => {
      await page.locator('#field-address__street').fill('Calle Inventada 13');
      await page.locator('#field-address__neighborhood').fill('Barrio de San Lucas');
      await page.locator('#field-address__postalCode').fill('04030');
      await page.locator('#field-location__latitude').fill('95');
      await page.locator('#field-location__longitude').fill('-99.185');
    });
    await openTab(page, 'Hours & prices');
    await autosave.edit(async () => {
      await page.locator('#field-openingHours__rule').fill('de martes a domingo, de 10 a 5');
    });

    await page.getByRole('button', { name: 'Publish changes' }).click();
    await expect(page.locator('.payload-toast-container')).toContainText('invalid');
    const rule = fieldWrapper(page, 'field-openingHours__rule');
    await expect(rule).toHaveClass(/\berror\b/);
    await expect(rule).toContainText('Invalid opening hours');
    await openTab(page, 'Location & getting there');
    const latitude = fieldWrapper(page, 'field-location__latitude');
    await expect(latitude).toHaveClass(/\berror\b/);
    await expect(latitude).toContainText('Latitude must be between -90 and 90');
    await openTab(page, 'Content');
    await expect(fieldWrapper(page, 'field-heroImage')).toHaveClass(/\berror\b/);

    await expect(page.locator('.doc-controls')).toContainText('Draft');
    expect((await cms.find('venues', `where[slug][equals]=${slug}`)).totalDocs).toBe(0);
    const stored = await cms.get(`/api/venues/${id}?depth=0`, editor);
    expect((await stored.json())._status).toBe('draft');
    expect(await statusOf(page, `/es/lugares/${slug}`)).toBe(404);
  });

  test('an editor cannot reach user management; an admin can', async ({ browser, stack, cms }) => {
    const editorContext = await browser.newContext();
    const editorPage = await editorContext.newPage();
    await logInToAdmin(editorPage, stack.cmsUrl, demoEditor);
    await expect(editorPage.getByRole('heading', { name: 'Venues' })).toBeVisible();
    await expect(editorPage.getByRole('heading', { name: 'Users' })).toHaveCount(0);
    // The admin streams its pages, so the refusal shows on the page rather than in the status code.
    await editorPage.goto(`${stack.cmsUrl}/admin/collections/users`);
    await expect(editorPage.getByText('Nothing found')).toBeVisible();
    await expect(editorPage.getByText(admin.email)).toHaveCount(0);
    await editorPage.goto(`${stack.cmsUrl}/admin/collections/users/create`);
    await expect(editorPage.getByText('Nothing found')).toBeVisible();
    await expect(editorPage.locator('#field-email')).toHaveCount(0);
    await editorContext.close();

    // Nor through the API: an editor sees only their own account and cannot add one.
    const listed = await cms.find('users', 'limit=10', demoEditor);
    expect(listed.docs.map((user) => user.email)).toEqual([demoEditor.email]);
    const refused = await cms.post(
      '/api/users',
      { email: `intruder-${uniqueSuffix()}@example.com`, password: 'not-allowed-123', role: 'admin' },
      demoEditor,
    );
    expect(refused.status()).toBe(403);

    const adminContext = await browser.newContext();
    const adminPage = await adminContext.newPage();
    await logInToAdmin(adminPage, stack.cmsUrl, admin);
    await adminPage.getByRole('link', { name: 'Show all Users' }).click();
    await expect(adminPage).toHaveURL(new RegExp(`^${stack.cmsUrl}/admin/collections/users(\\?|$)`));
    await expect(adminPage.getByRole('heading', { name: 'Users', level: 1 })).toBeVisible();
    await expect(adminPage.getByRole('cell', { name: demoEditor.email })).toBeVisible();
    await expect(adminPage.getByRole('cell', { name: admin.email })).toBeVisible();
    await expect(adminPage.getByRole('link', { name: 'Create New' })).toBeVisible();
    await adminContext.close();
  });
});

test.describe("the editors' queue", () => {
  test('an editor sees the queue on the first page, the last verification and translation columns, resolves a report, reads the admin in Spanish and sees the Paseo logo', async ({
    page,
    request,
    stack,
    cms,
    cleanup,
    editor,
  }) => {
    test.slow();
    const tag = uniqueSuffix();
    const first = async (collection: string, query: string) =>
      (await cms.find(collection, `${query}&limit=1&depth=0`, editor)).docs[0]?.id;
    // Drafts, so that the public site's pages, which other tests measure, never show them.
    const venueName = `Casa por verificar ${tag}`;
    const created = await cms.post(
      '/api/venues?draft=true&locale=es',
      {
        name: venueName,
        teaser: 'Un lugar cuyos datos nadie ha revisado en décadas.',
        category: await first('categories', 'where[key][equals]=museum'),
        neighborhood: await first('neighborhoods', 'where[slug][equals]=del-carmen'),
        factChecks: [
          {
            group: 'location',
            verifiedAt: '1990-01-01',
            source: { name: 'OpenStreetMap', url: 'https://www.openstreetmap.org/' },
          },
        ],
        _status: 'draft',
      },
      editor,
    );
    expect(created.status(), await created.text()).toBe(201);
    const venueId = ((await created.json()) as { doc: { id: number } }).doc.id;
    cleanup(() => cms.delete('venues', venueId, admin));
    const reportIds: number[] = [];
    for (const n of [1, 2, 3]) {
      const filed = await cms.post(
        '/api/reports',
        { venue: venueId, message: `Report ${n} ${tag}: the opening hours on the door have changed.` },
        editor,
      );
      expect(filed.status(), await filed.text()).toBe(201);
      const id = ((await filed.json()) as { doc: { id: number } }).doc.id;
      reportIds.push(id);
      cleanup(() => cms.delete('reports', id, admin));
    }
    const guideTitle = `Guía sin inglés ${tag}`;
    const guide = await cms.post(
      '/api/guides?draft=true&locale=es',
      { title: guideTitle, topic: 'money', summary: 'Solo en español, por ahora.', _status: 'draft' },
      editor,
    );
    expect(guide.status(), await guide.text()).toBe(201);
    const guideId = ((await guide.json()) as { doc: { id: number } }).doc.id;
    cleanup(() => cms.delete('guides', guideId, admin));

    // Paseo's logo on the login page, its mark in the admin's header.
    await page.goto(`${stack.cmsUrl}/admin/login`);
    await expect(page.locator('.paseo-logo')).toBeVisible();
    await expect(page.getByRole('img', { name: 'Paseo' })).toBeVisible();
    await expect(page).toHaveTitle(/Paseo CMS/);
    await logInToAdmin(page, stack.cmsUrl, editor);
    await expect(page.locator('.paseo-icon').first()).toBeVisible();

    // A publish scheduled for tomorrow, through the admin's own "Schedule Publish".
    await page.goto(`${stack.cmsUrl}/admin/collections/venues/${venueId}`);
    await page.locator('#action-save-popup').getByRole('button').click();
    await page.locator('#schedule-publish').click();
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000);
    const day = tomorrow.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
    await page.locator('.schedule-publish__type').getByText('Publish', { exact: true }).click();
    await page.locator('#time input').fill(`${day} 10:00 AM`);
    await page.locator('#time input').press('Enter');
    await page.locator('#scheduled-publish-save').click();
    await expect(page.locator('.schedule-publish__upcoming')).toContainText('10:00 AM');

    await page.goto(`${stack.cmsUrl}/admin`);
    const queue = page.locator('.editors-queue');
    await expect(queue.getByRole('heading', { name: "Editors' queue" })).toBeVisible();
    const venueHref = new RegExp(`/admin/collections/venues/${venueId}$`);
    const stale = queue.locator('[data-queue="stale"]').getByRole('listitem').filter({ hasText: venueName });
    await expect(stale.getByRole('link', { name: venueName })).toHaveAttribute('href', venueHref);
    await expect(stale).toContainText('Jan 1, 1990');
    await expect(stale).toContainText('due');
    const reports = queue
      .locator('[data-queue="reports"]')
      .getByRole('listitem')
      .filter({ hasText: venueName });
    await expect(reports).toContainText('3 open');
    await expect(reports.getByRole('link', { name: venueName })).toHaveAttribute('href', venueHref);
    const untranslated = queue.locator('[data-queue="untranslated"]').getByRole('link', { name: guideTitle });
    await expect(untranslated).toHaveAttribute('href', new RegExp(`/admin/collections/guides/${guideId}$`));
    const scheduled = queue
      .locator('[data-queue="scheduled"]')
      .getByRole('listitem')
      .filter({ hasText: venueName });
    await expect(scheduled).toContainText('Publish');
    await expect(scheduled.getByRole('link', { name: venueName })).toHaveAttribute('href', venueHref);

    // The venue's own page lists its open reports, and says when its facts were last verified.
    await stale.getByRole('link', { name: venueName }).click();
    await expect(page).toHaveURL(venueHref);
    await expect(page.locator('#field-lastVerifiedAt input')).toHaveValue(/1990-01-01/);
    const open = page.locator('.open-reports');
    await expect(open).toContainText('Open reports (3)');
    await open.getByRole('link', { name: new RegExp(`Report 1 ${tag}`) }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/collections/reports/${reportIds[0]}$`));

    // Resolving it records who and when.
    await choose(page, 'field-status', 'Resolved');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.locator('.payload-toast-container')).toContainText('successfully');
    await page.reload();
    await expect(page.locator('#field-handledBy')).toContainText(editor.email);
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'America/Mexico_City' });
    await expect(page.locator('#field-handledAt input')).toHaveValue(new RegExp(today));
    // Leaving an entry through the admin's own links releases the editor's lock on it, which would
    // otherwise keep the cleanup from deleting it.
    await page.locator('.step-nav').getByRole('link', { name: 'Reports' }).click();
    await expect(page).toHaveURL(/\/admin\/collections\/reports(\?|$)/);
    await page.goto(`${stack.cmsUrl}/admin/collections/venues/${venueId}`);
    await expect(page.locator('.open-reports')).toContainText('Open reports (2)');

    // The venue list: "Last verified" sorts (the 1990 check first); "Complete" where nothing is missing.
    await page.locator('.step-nav').getByRole('link', { name: 'Venues' }).click();
    await expect(page).toHaveURL(/\/admin\/collections\/venues(\?|$)/);
    const header = page.locator('#heading-lastVerifiedAt');
    await expect(header).toContainText('Last verified');
    await header.getByRole('button', { name: /ascending/i }).click();
    await expect(page).toHaveURL(/[?&]sort=lastVerifiedAt/);
    const firstRow = page.locator('tbody tr').first();
    await expect(firstRow).toContainText(venueName);
    await expect(firstRow).toContainText('English missing:');
    await expect(page.locator('tbody tr').filter({ hasText: 'Museo Frida Kahlo' })).toContainText('Complete');

    // Spanish, chosen on the account page, for this browser only.
    await page.goto(`${stack.cmsUrl}/admin/account`);
    await page.locator('#language-select').click();
    await page.getByRole('option', { name: 'Español' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.goto(`${stack.cmsUrl}/admin`);
    await expect(queue.getByRole('heading', { name: 'Pendientes' })).toBeVisible();
    await expect(queue).toContainText('Datos por volver a verificar');
    await expect(page.getByRole('heading', { name: 'Lugares' })).toBeVisible();
    await page.goto(`${stack.cmsUrl}/admin/collections/venues`);
    await expect(page.locator('#heading-lastVerifiedAt')).toContainText('Última verificación');
    await expect(page.locator('tbody tr').filter({ hasText: 'Museo Frida Kahlo' })).toContainText('Completo');
    // And back to English, as a person would leave a shared browser.
    await page.goto(`${stack.cmsUrl}/admin/account`);
    await page.locator('#language-select').click();
    await page.getByRole('option', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    // Saving the report left this editor holding its lock until the lock expires (Payload releases
    // it only when an unsaved form is left), so the admin removes it overriding the lock.
    const removed = await request.delete(`${stack.cmsUrl}/api/reports/${reportIds[0]}?overrideLock=true`, {
      headers: { authorization: `JWT ${await cms.token(admin)}` },
    });
    expect(removed.status()).toBe(200);
  });
});
