import type { Page, Response } from '@playwright/test';
import { recordReliability } from '../../scripts/reliability';
import { logInToAdmin, openTab } from '../support/admin';
import { solidPng } from '../support/png';
import { delCarmen, demoUsers, trotsky } from '../support/sample';
import { expect, test } from '../support/test';
import { recordCspViolations } from '../support/watch';

/** Map tiles and the admin's map preview are answered locally: the tests need no internet. */
async function answerOpenStreetMapLocally(page: Page): Promise<void> {
  await page.route('https://tile.openstreetmap.org/**', (route) =>
    route.fulfill({ contentType: 'image/png', body: solidPng(256, 256, [230, 225, 215]) }),
  );
  await page.route('https://www.openstreetmap.org/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>map</title><p>map</p>' }),
  );
}

/** The headers every page of both apps must carry. */
function expectProtectiveHeaders(response: Response | null, frameAncestors: RegExp): void {
  expect(response, 'a page was loaded').not.toBeNull();
  const headers = response?.headers() ?? {};
  const where = response?.url();
  const policy = headers['content-security-policy'] ?? '';
  expect(policy, `Content-Security-Policy of ${where}`).toContain("default-src 'self'");
  expect(policy, `inline event handlers refused on ${where}`).toContain("script-src-attr 'none'");
  expect(policy, `plugins refused on ${where}`).toContain("object-src 'none'");
  expect(policy, `frame-ancestors of ${where}`).toMatch(frameAncestors);
  expect(headers['x-content-type-options'], `nosniff on ${where}`).toBe('nosniff');
  expect(headers['referrer-policy'], `referrer policy of ${where}`).toBe('strict-origin-when-cross-origin');
}

test.describe('Content-Security-Policy', () => {
  test('every kind of public page carries the policy and breaks none of it', async ({ page, stack }) => {
    test.slow();
    const violations = await recordCspViolations(page);
    await answerOpenStreetMapLocally(page);
    const cmsOrigin = new URL(stack.cmsUrl).origin.replace(/[.]/g, '\\.');
    const framedByCms = new RegExp(`frame-ancestors 'self' ${cmsOrigin}(;|$)`);
    const visit = async (path: string, status = 200) => {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(status);
      expectProtectiveHeaders(response, framedByCms);
      await page.waitForLoadState('networkidle');
    };
    const openMap = async () => {
      await page.getByTestId('map').getByRole('button').click();
      await expect(page.locator('.leaflet-tile-loaded').first()).toBeVisible();
      await page.locator('.leaflet-overlay-pane path.leaflet-interactive').last().hover({ force: true });
      await expect(page.locator('.leaflet-tooltip')).toBeVisible();
    };

    await visit('/es');
    await visit('/en');
    await visit(trotsky.es.path);
    await openMap();
    const guide = page.getByRole('link', { name: trotsky.guide });
    const guidePath = await guide.first().getAttribute('href');
    const categoryPath = await page.locator('.venue__kicker a').first().getAttribute('href');
    await visit(delCarmen.es.path);
    await openMap();
    await visit(categoryPath ?? '/es/categorias');
    await visit(guidePath ?? '/es/guias');
    await visit('/es/buscar?q=trotsky');
    await expect(page.getByRole('link', { name: trotsky.es.name }).first()).toBeVisible();
    await visit('/es/lugares/no-existe-este-lugar', 404);
    await visit('/no-such-page-anywhere', 404);
    await visit(trotsky.en.path);

    expect(violations, 'no Content-Security-Policy violation on the public site').toEqual([]);
    recordReliability({
      id: 'e2e.csp-public-site',
      area: 'attack',
      tried:
        'Content-Security-Policy and protective headers on every kind of public page, maps opened; violations watched in the browser',
      tries: 12,
      held: 12,
      figures: { 'violations seen': violations.length },
      test: 'e2e/tests/content-security-policy.spec.ts',
    });
  });

  test('the policy leaves public pages cached', async ({ request }) => {
    await request.get(trotsky.es.path);
    const again = await request.get(trotsky.es.path);
    expect(again.headers()['content-security-policy']).toContain("script-src-attr 'none'");
    // Served from the page cache, not rendered again: a nonce would have made every page dynamic.
    expect(again.headers()['x-nextjs-cache']).toBe('HIT');
    expect(again.headers()['cache-control']).not.toContain('no-store');
  });

  test('the admin carries the policy and breaks none of it, live preview and map preview included', async ({
    page,
    stack,
    cms,
  }) => {
    test.slow();
    const violations = await recordCspViolations(page);
    await answerOpenStreetMapLocally(page);
    const framedBySelf = /frame-ancestors 'self'(;|$)/;
    const documents: Response[] = [];
    page.on('response', (response) => {
      // Redirects render nothing; the pages they lead to are checked.
      const page = response.request().resourceType() === 'document' && response.status() < 300;
      if (page && response.url().startsWith(stack.cmsUrl)) {
        documents.push(response);
      }
    });

    expectProtectiveHeaders(await page.goto(`${stack.cmsUrl}/admin/login`), framedBySelf);
    await logInToAdmin(page, stack.cmsUrl, demoUsers.admin);
    await page.waitForLoadState('networkidle');
    await page.goto(`${stack.cmsUrl}/admin/collections/venues`);
    await expect(page.getByRole('link', { name: trotsky.es.name })).toBeVisible();

    const { docs } = await cms.find('venues', 'where[slug][equals]=museo-casa-de-leon-trotsky&depth=0');
    const id = docs[0]?.id;
    expect(id, 'the sample venue').toBeDefined();
    await page.goto(`${stack.cmsUrl}/admin/collections/venues/${id}`);
    await expect(page.locator('#field-name')).toHaveValue(trotsky.es.name);
    await openTab(page, 'Location & getting there');
    await expect(page.getByTitle('Map preview of these coordinates')).toBeVisible();
    await expect(
      page.frameLocator('iframe[title="Map preview of these coordinates"]').getByText('map'),
    ).toBeVisible();

    // The live preview frames the public site, in draft mode.
    await page.getByRole('button', { name: 'Live Preview' }).click();
    const preview = page.frameLocator('#live-preview-iframe');
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText(trotsky.es.name, { timeout: 20_000 });
    // The admin keeps a connection open, so "network idle" never comes; a moment lets late
    // requests of the preview finish (and report, if they break the policy).
    await page.waitForTimeout(1000);

    for (const response of documents) expectProtectiveHeaders(response, framedBySelf);
    expect(violations, 'no Content-Security-Policy violation in the admin').toEqual([]);
    recordReliability({
      id: 'e2e.csp-admin',
      area: 'attack',
      tried:
        'Content-Security-Policy in the admin: login, dashboard, venue list, edit with map preview, live preview framing the site',
      tries: documents.length,
      held: documents.length,
      figures: { 'admin documents checked': documents.length, 'violations seen': violations.length },
      test: 'e2e/tests/content-security-policy.spec.ts',
    });
  });
});
