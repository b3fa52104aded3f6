import type { Response } from '@playwright/test';
import { logInToAdmin } from '../support/admin';
import { upcoming } from '../support/clock';
import { solidPng } from '../support/png';
import { delCarmen, delCarmenWalk, demoUsers, frida, trotsky, uniqueSuffix } from '../support/sample';
import { expect, test } from '../support/test';

test.describe('visitors', () => {
  test('home → neighborhood → venue → a nearby venue, and back to the previous venue', async ({ page }) => {
    await page.goto('/es');
    await page.getByRole('link', { name: delCarmen.es.name, exact: true }).click();
    await expect(page).toHaveURL(delCarmen.es.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(delCarmen.es.name);

    await page
      .getByRole('region', { name: 'Lugares en este barrio' })
      .getByRole('link', { name: trotsky.es.name })
      .click();
    await expect(page).toHaveURL(trotsky.es.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(trotsky.es.name);

    await page.getByTestId('nearby').getByRole('link', { name: frida.es.name }).click();
    await expect(page).toHaveURL(frida.es.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(frida.es.name);

    // Arrived from inside the site: the back link returns to the previous venue, not the neighborhood.
    await page.locator('.back-link').click();
    await expect(page, 'the back link returns to the venue the visitor came from').toHaveURL(trotsky.es.path);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(trotsky.es.name);
  });

  test('a venue reached from outside the site links back to its neighborhood', async ({ page }) => {
    await page.goto(trotsky.es.path);
    const back = page.locator('.back-link');
    await expect(back).toHaveText(/Volver a Del Carmen/);
    await back.click();
    await expect(page).toHaveURL(delCarmen.es.path);
  });

  test('the venue page shows every section, with the photo credit and its licence link', async ({ page }) => {
    await page.clock.setFixedTime(new Date(upcoming(2, '12:00'))); // a Tuesday, noon
    await page.goto(trotsky.es.path);
    const main = page.getByRole('main');

    // Back link and where the place is: category, neighborhood, borough.
    await expect(page.locator('.back-link')).toHaveAttribute('href', delCarmen.es.path);
    const crumbs = page.getByRole('navigation', { name: 'Ruta de navegación' });
    await expect(crumbs.getByRole('listitem')).toHaveText([
      'Inicio',
      'Coyoacán',
      'Del Carmen',
      trotsky.es.name,
    ]);
    const kicker = page.locator('.venue__kicker');
    await expect(kicker.getByRole('link', { name: 'Museo' })).toHaveAttribute('href', '/es/categorias/museo');
    await expect(kicker.getByRole('link', { name: 'Del Carmen' })).toHaveAttribute('href', delCarmen.es.path);
    await expect(kicker).toContainText('Coyoacán');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(trotsky.es.name);
    await expect(page.locator('.venue__teaser')).toContainText('casa fortificada');

    // Hero photo with its full credit: title, author, source (linked), licence (linked).
    const hero = page.locator('.venue__hero img');
    await expect(hero).toHaveAttribute('alt', /muro alto de color ocre/);
    await expect.poll(() => hero.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const credit = page.getByTestId('hero-credit');
    await expect(credit).toContainText(`«${trotsky.credit.title}», de ${trotsky.credit.author}`);
    await expect(credit.getByRole('link', { name: trotsky.credit.sourceName })).toHaveAttribute(
      'href',
      trotsky.credit.sourceUrl,
    );
    const licence = credit.getByRole('link', { name: trotsky.credit.licenseName });
    await expect(licence).toHaveAttribute('href', trotsky.credit.licenseUrl);
    await expect(licence).toHaveAttribute('rel', 'license');

    // The same credit for search engines, as schema.org ImageObject.
    const jsonLd = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((scripts) => scripts.map((script) => script.textContent ?? '').join('\n'));
    expect(jsonLd).toContain('"@type":"ImageObject"');
    expect(jsonLd).toContain(`"acquireLicensePage":"${trotsky.credit.sourceUrl}"`);
    expect(jsonLd).toContain(`"license":"${trotsky.credit.licenseUrl}"`);
    expect(jsonLd).toMatch(/"creditText":"[^"]*Paseo sample images/);
    expect(jsonLd).toMatch(/"creator":\{[^}]*"name":"Paseo sample images"/);

    // Pull quote with its attribution, and the description.
    const quote = main.locator('.pull-quote');
    await expect(quote.locator('blockquote')).toContainText(trotsky.pullQuoteStart);
    await expect(quote.locator('figcaption')).toContainText('León Trotsky');
    await expect(main.getByRole('region', { name: 'Sobre el lugar' })).toContainText('Natalia Sedova');

    // How to get here: address, a map, transit stops with walking minutes, directions.
    const gettingHere = page.getByTestId('getting-here');
    await expect(gettingHere.locator('address')).toContainText(trotsky.address);
    await expect(gettingHere.getByTestId('map')).toBeVisible();
    await expect(gettingHere.getByTestId('transit')).toContainText(
      `Metro Línea 12${trotsky.transitStop}17 min a pie`,
    );
    await expect(gettingHere.getByTestId('directions')).toHaveAttribute(
      'href',
      new RegExp(`destination=${trotsky.coordinates}`),
    );

    // Practical tips.
    const tips = main.getByRole('region', { name: 'Consejos prácticos' });
    await expect(tips).toContainText('Paquetería');
    await expect(tips).toContainText(trotsky.tip);

    // Hours, admission, accessibility and languages.
    const hours = page.getByTestId('opening-hours');
    await expect(hours.getByRole('row', { name: 'Martes' })).toContainText('10:00–17:00');
    await expect(hours.getByRole('row', { name: 'Lunes' })).toContainText('Cerrado');
    await expect(hours).toContainText('Hora de la Ciudad de México');
    const admission = page.getByTestId('admission');
    await expect(admission).toContainText('Entrada general');
    await expect(admission).toContainText(/\$\s?70/);
    await expect(admission).toContainText(/\$\s?35/);
    const access = page.getByTestId('accessibility');
    await expect(access.locator('[data-availability="yes"]').first()).toContainText('Entrada sin escalones');
    await expect(access).toContainText('Idiomas de las cédulas');
    await expect(access).toContainText('español, inglés');
    await expect(access).toContainText('Idiomas de las visitas guiadas');

    // Nearby places with distance and walking time; the pinned ones first.
    const nearby = page.getByTestId('nearby').getByRole('listitem');
    await expect(nearby.first()).toContainText('Recomendado');
    for (const [index, name] of trotsky.pinnedNearby.entries()) {
      await expect(nearby.nth(index).getByRole('heading')).toHaveText(name);
      await expect(nearby.nth(index).locator('.nearby__distance')).toHaveText(
        /^[\d,.]+ k?m · \d+ min a pie$/,
      );
    }

    // Guides, the "last verified" date, and a way to report an error.
    await expect(page.getByTestId('guides').getByRole('link', { name: trotsky.guide })).toBeVisible();
    await expect(page.getByTestId('verified')).toContainText(`Información verificada el ${trotsky.verified}`);
    const report = main.getByRole('region', { name: 'Reportar un error' });
    await expect(report.getByRole('textbox', { name: 'Qué hay que corregir' })).toBeVisible();
    await expect(report.getByRole('button', { name: 'Enviar reporte' })).toBeVisible();
  });

  test.describe('"open now" follows the venue’s clock, not the visitor’s', () => {
    // A visitor whose own clock is in Tokyo: the page must still reason in Mexico City time.
    test.use({ timezoneId: 'Asia/Tokyo' });

    // Days of the coming week: a page carries the venue's opening instants from when it was
    // rendered (now) for two weeks, so the clock is moved forward, never back.
    const cases = [
      {
        at: upcoming(2, '12:00'), // Tuesday noon
        path: trotsky.es.path,
        open: 'true',
        text: 'Abierto ahora · cierra a las 17:00',
      },
      {
        at: upcoming(2, '08:30'), // Tuesday, before opening
        path: trotsky.es.path,
        open: 'false',
        text: 'Cerrado ahora · abre hoy a las 10:00',
      },
      {
        at: upcoming(1, '18:00'), // Monday, the closing day
        path: trotsky.es.path,
        open: 'false',
        text: 'Cerrado ahora · abre mañana a las 10:00',
      },
      {
        at: upcoming(6, '17:30'), // Saturday, just after closing
        path: trotsky.en.path,
        open: 'false',
        text: 'Closed now · opens tomorrow at 10:00',
      },
    ];
    for (const { at, path, open, text } of cases) {
      test(`at ${at} the page says "${text}"`, async ({ page }) => {
        await page.clock.setFixedTime(new Date(at));
        await page.goto(path);
        const line = page.getByTestId('open-now');
        await expect(line).toHaveText(text);
        await expect(line).toHaveAttribute('data-open', open);
      });
    }
  });

  test('the language switch keeps the venue and changes the language', async ({ page }) => {
    await page.goto(trotsky.es.path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await page.getByRole('link', { name: 'Read this page in English' }).click();
    await expect(page).toHaveURL(trotsky.en.path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(trotsky.en.name);
    await expect(page.getByRole('heading', { name: 'How to get here' })).toBeVisible();

    await page.getByRole('link', { name: 'Lee esta página en español' }).click();
    await expect(page).toHaveURL(trotsky.es.path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(trotsky.es.name);
  });

  for (const { browserLocale, home } of [
    { browserLocale: 'en-GB', home: '/en' },
    { browserLocale: 'es-MX', home: '/es' },
  ]) {
    test(`"/" follows the browser's language: ${browserLocale} → ${home}`, async ({ browser, stack }) => {
      const context = await browser.newContext({ locale: browserLocale });
      const page = await context.newPage();
      await page.goto(`${stack.webUrl}/`);
      await expect(page).toHaveURL(`${stack.webUrl}${home}`);
      await expect(page.locator('html')).toHaveAttribute('lang', home.slice(1));
      await context.close();
    });
  }

  test('"/" weighs every language the browser lists', async ({ request }) => {
    // The browser always sends its own locale first, so the header is set directly here.
    const redirect = async (acceptLanguage: string) => {
      const response = await request.get('/', {
        headers: { 'accept-language': acceptLanguage },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(307);
      return new URL(response.headers().location ?? '', 'http://site').pathname;
    };
    expect(await redirect('fr-FR,fr;q=0.9,en;q=0.8,es;q=0.5')).toBe('/en');
    expect(await redirect('de-DE,es-MX;q=0.7,en;q=0.6')).toBe('/es');
    expect(await redirect('fr-FR')).toBe('/es');
  });

  test('searching "leon trotsky" finds the museum', async ({ page }) => {
    await page.goto('/es');
    const search = page.getByRole('search').filter({ has: page.locator('#q-home-hero__search') });
    await search.getByRole('searchbox').fill('leon trotsky');
    await search.getByRole('button', { name: 'Buscar' }).click();
    await expect(page).toHaveURL(/\/es\/buscar\?q=leon\+trotsky$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Resultados para «leon trotsky»');
    const places = page.getByTestId('results-places');
    await places.getByRole('link', { name: trotsky.es.name }).click();
    await expect(page).toHaveURL(trotsky.es.path);

    await page.goto('/en/search?q=leon%20trotsky');
    await expect(
      page.getByTestId('results-places').getByRole('link', { name: trotsky.en.name }),
    ).toBeVisible();
  });

  test.describe('a walk plans itself on the venues’ clock', () => {
    // A visitor whose own clock is in Tokyo: the plan must still be in Mexico City time.
    test.use({ timezoneId: 'Asia/Tokyo' });

    test('starting on Monday at 10:00, the two museums are shut and the market open', async ({ page }) => {
      // The visitor opens the page on a Tuesday at 09:00: the start begins as their now.
      await page.clock.setFixedTime(new Date(upcoming(2, '09:00')));
      await page.goto(delCarmenWalk.es.path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(delCarmenWalk.es.name);
      const stops = page.getByTestId('walk-stop');
      await expect(stops.getByRole('heading', { level: 3 })).toHaveText(
        delCarmenWalk.stops.map((name, index) => `${index + 1}. ${name}`),
      );
      const time = page.getByLabel('Hora');
      await expect(time).toHaveValue('09:00');
      const timing = page.getByTestId('stop-timing');
      // 09:00 at Frida Kahlo, which opens at 10:00.
      await expect(timing.nth(0)).toHaveAttribute('data-state', 'closed');
      await expect(timing.nth(0)).toContainText('Cerrado cuando llegas · abre a las 10:00');

      // From here on the plan is worked out in the browser: nothing more is asked of the site.
      const asked: string[] = [];
      page.on('request', (request) => {
        // Pictures the page had not loaded yet may come in; a page, data or a script may not.
        if (request.resourceType() !== 'image') asked.push(request.url());
      });
      const monday = upcoming(1, '10:00').slice(0, 10);
      await page.getByLabel('Día').fill(monday);
      await time.fill('10:00');
      // Frida 10:00–11:30, 5 min to the market (278 m), 11:35–12:35, 9 min to Trotsky (517 m), 12:44–13:59.
      await expect(timing.nth(0)).toHaveAttribute('data-state', 'closed');
      await expect(timing.nth(0)).toContainText('Llegas 10:00 · sales 11:30');
      await expect(timing.nth(0)).toContainText('abre el martes a las 10:00');
      await expect(timing.nth(1)).toHaveAttribute('data-state', 'open');
      await expect(timing.nth(1)).toContainText('Llegas 11:35 · sales 12:35');
      await expect(timing.nth(2)).toHaveAttribute('data-state', 'closed');
      await expect(timing.nth(2)).toContainText('Llegas 12:44 · sales 13:59');
      await expect(page.getByTestId('walk-summary')).toHaveText(
        '2 de 3 paradas cerradas o por cerrar · Terminas hacia las 13:59',
      );
      expect(asked, 'no request for a new start').toEqual([]);

      // The editor lets visitors reorder this walk; on a Monday no order opens the museums.
      await page.getByRole('button', { name: 'Buscar un orden con todo abierto' }).click();
      await expect(page.getByTestId('walk-suggestion')).toContainText(
        'siguen cerradas: Museo Frida Kahlo, Museo Casa de León Trotsky',
      );
      // On the Tuesday at 09:00 the market goes first, while the museums open.
      await page.getByLabel('Día').fill(upcoming(2, '09:00').slice(0, 10));
      await time.fill('09:00');
      await page.getByRole('button', { name: 'Buscar un orden con todo abierto' }).click();
      const suggestion = page.getByTestId('walk-suggestion');
      await expect(suggestion).toContainText('Este orden encuentra todo abierto');
      await expect(suggestion.getByRole('listitem').first()).toContainText('Mercado de Coyoacán — 09:00');
    });

    test('the route is on the map only on demand, in map apps and as GPX', async ({ page }) => {
      const tiles: string[] = [];
      await page.route('https://*.openstreetmap.org/**', async (route) => {
        tiles.push(route.request().url());
        await route.fulfill({ contentType: 'image/png', body: solidPng(256, 256, [230, 225, 215]) });
      });
      const scripts: string[] = [];
      page.on('response', (response: Response) => {
        if (response.request().resourceType() === 'script') {
          void response
            .text()
            .then((body) => body.includes('leaflet-container') && scripts.push(response.url()))
            .catch(() => undefined);
        }
      });
      await page.goto(delCarmenWalk.en.path);
      await page.waitForLoadState('networkidle');
      expect(scripts, 'no map library before the click').toEqual([]);
      expect(tiles, 'no map tiles before the click').toEqual([]);
      await page.getByRole('button', { name: 'Show interactive map' }).click();
      const live = page.getByTestId('map');
      await expect(live).toHaveClass(/map--live/);
      // The route's line and a marker for each stop.
      await expect(live.locator('path.leaflet-interactive')).toHaveCount(1 + delCarmenWalk.stops.length);
      await expect.poll(() => tiles.length).toBeGreaterThan(0);

      const directions = page.getByRole('link', { name: 'Directions in your map app' });
      await expect(directions).toHaveAttribute('href', /origin=19\.35503%2C-99\.16284/);
      await expect(directions).toHaveAttribute('href', /destination=19\.3566%2C-99\.1596&/);
      await expect(directions).toHaveAttribute('href', /waypoints=19\.35262%2C-99\.16215$/);
      const gpx = await page.request.get(`${delCarmenWalk.en.path}/gpx`);
      expect(gpx.status()).toBe(200);
      expect(gpx.headers()['content-type']).toContain('application/gpx+xml');
      const body = await gpx.text();
      expect(body.match(/<rtept /g)).toHaveLength(delCarmenWalk.stops.length);
      expect(body).toContain('<name>Frida Kahlo Museum</name>');
      // Found as the page is: the English file by the Spanish slug goes to the English one.
      const bySpanishSlug = await page.request.get('/en/walks/dos-casas-y-un-mercado/gpx', {
        maxRedirects: 0,
      });
      expect(bySpanishSlug.status()).toBe(308);
      expect(new URL(bySpanishSlug.headers().location ?? '').pathname).toBe(`${delCarmenWalk.en.path}/gpx`);
    });

    test('a walk page names its other language and its itinerary for search engines, is in the sitemap and is found by search', async ({
      page,
    }) => {
      await page.goto(delCarmenWalk.es.path);
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
        'href',
        new RegExp(`${delCarmenWalk.en.path}$`),
      );
      const jsonLd = await page
        .locator('script[type="application/ld+json"]')
        .evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent ?? '{}')));
      const trip = jsonLd.find((data) => data['@type'] === 'TouristTrip');
      expect(
        trip?.itinerary.itemListElement.map((entry: { item: { name: string } }) => entry.item.name),
      ).toEqual(delCarmenWalk.stops);
      const sitemap = await (await page.request.get('/sitemap.xml')).text();
      expect(sitemap).toContain(delCarmenWalk.es.path);
      expect(sitemap).toContain(delCarmenWalk.en.path);

      // And search finds it by its teaser.
      await page.goto('/en/search?q=market+lunch');
      await page.getByTestId('results-walks').getByRole('link', { name: delCarmenWalk.en.name }).click();
      await expect(page).toHaveURL(delCarmenWalk.en.path);
    });

    test('each venue links to the walks that stop there', async ({ page }) => {
      await page.goto(trotsky.en.path);
      await page.getByTestId('walks-here').getByRole('link', { name: delCarmenWalk.en.name }).click();
      await expect(page).toHaveURL(delCarmenWalk.en.path);
    });
  });

  test('the interactive map loads only when the visitor asks for it', async ({ page }) => {
    const tiles: string[] = [];
    // Tiles are answered locally: the test needs no internet, and counts what the page asks for.
    await page.route('https://*.openstreetmap.org/**', async (route) => {
      tiles.push(route.request().url());
      await route.fulfill({ contentType: 'image/png', body: solidPng(256, 256, [230, 225, 215]) });
    });
    const loaded: Array<{ url: string; body: string; afterClick: boolean }> = [];
    let clicked = false;
    const pending: Promise<void>[] = [];
    page.on('response', (response: Response) => {
      const type = response.request().resourceType();
      if (type !== 'script' && type !== 'stylesheet') return;
      const afterClick = clicked;
      pending.push(
        response
          .text()
          .then((body) => void loaded.push({ url: response.url(), body, afterClick }))
          .catch(() => undefined),
      );
    });
    const isLeaflet = (body: string) => body.includes('leaflet-container');

    await page.goto(trotsky.es.path);
    await page.waitForLoadState('networkidle');
    await Promise.all(pending);
    const map = page.getByTestId('map');
    await expect(map).toHaveAttribute('data-map-state', 'preview');
    await expect(map.getByRole('img', { name: /Ubicación de Museo Casa de León Trotsky/ })).toBeVisible();
    expect(loaded.length, 'the page loaded its own scripts').toBeGreaterThan(0);
    expect(
      loaded.filter((file) => isLeaflet(file.body)).map((file) => file.url),
      'no map library before the click',
    ).toEqual([]);
    expect(tiles, 'no map tiles before the click').toEqual([]);

    clicked = true;
    await map.getByRole('button', { name: 'Mostrar mapa interactivo' }).click();
    const live = page.getByTestId('map');
    await expect(live).toHaveClass(/map--live/);
    await expect(live).toHaveAttribute('aria-label', `Mapa de ${trotsky.es.name}`);
    await expect(live.locator('.leaflet-container')).toBeVisible();
    await expect(live.locator('.leaflet-tile-loaded').first()).toBeVisible();
    await expect(live.getByRole('button', { name: 'Zoom in' })).toBeVisible();
    await Promise.all(pending);
    expect(loaded.filter((file) => file.afterClick && isLeaflet(file.body)).length).toBeGreaterThan(0);
    expect(tiles.length).toBeGreaterThan(0);
    expect(tiles.every((url) => url.startsWith('https://tile.openstreetmap.org/'))).toBe(true);
  });

  test('a reported error reaches the editors in the CMS', async ({
    page,
    browser,
    stack,
    cms,
    cleanup,
    editor,
  }) => {
    const message = `El teléfono ya no contesta (prueba ${uniqueSuffix()}).`;
    cleanup(async () => {
      const found = await cms.find(
        'reports',
        `where[message][equals]=${encodeURIComponent(message)}`,
        demoUsers.admin,
      );
      for (const report of found.docs) await cms.delete('reports', report.id, demoUsers.admin);
    });

    await page.goto(trotsky.es.path);
    const form = page.getByRole('region', { name: 'Reportar un error' });
    await form.getByRole('textbox', { name: 'Qué hay que corregir' }).fill(message);
    await form.getByRole('textbox', { name: /Tu correo/ }).fill('visitante@example.com');
    await form.getByRole('button', { name: 'Enviar reporte' }).click();
    await expect(page.getByTestId('report-thanks')).toHaveText('Gracias. Revisaremos tu reporte pronto.');

    // Reports are private: a visitor cannot read them back.
    expect((await cms.get('/api/reports')).status()).toBe(403);

    const editorContext = await browser.newContext();
    const editorPage = await editorContext.newPage();
    await logInToAdmin(editorPage, stack.cmsUrl, editor);
    await editorPage.getByRole('link', { name: 'Show all Reports' }).click();
    await expect(editorPage).toHaveURL(/\/admin\/collections\/reports/);
    const row = editorPage.getByRole('row').filter({ hasText: message });
    await expect(row).toBeVisible();
    await expect(row).toContainText('New');
    await row.getByRole('link', { name: message }).click();
    await expect(editorPage.locator('#field-message')).toHaveValue(message);
    await expect(editorPage.locator('#field-pageUrl')).toHaveValue(trotsky.es.path);
    await expect(editorPage.locator('#field-venue')).toContainText(trotsky.es.name);
    await editorContext.close();
  });
});
