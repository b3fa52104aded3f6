import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { upcoming } from '../support/clock';
import { delCarmenWalk, trotsky } from '../support/sample';
import { expect, test } from '../support/test';

const e2eDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const artifacts = path.join(e2eDir, 'artifacts/screenshots');
// The README shows these.
const docs = path.join(e2eDir, '../docs/screenshots');

const viewports = [
  {
    name: 'phone',
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  },
  {
    name: 'desktop',
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    isMobile: false,
    hasTouch: false,
  },
];

test.describe('screenshots of a venue page', () => {
  for (const { name, ...device } of viewports) {
    test(`on a ${name}`, async ({ browser, stack }) => {
      const context = await browser.newContext({ ...device, baseURL: stack.webUrl, locale: 'es-MX' });
      const page = await context.newPage();
      // A Tuesday noon, so the "open now" line reads the same in every run.
      await page.clock.setFixedTime(new Date(upcoming(2, '12:00')));
      await page.goto(trotsky.es.path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(trotsky.es.name);
      const hero = page.locator('.venue__hero img');
      await expect
        .poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
        .toBeGreaterThan(0);
      await expect(page.getByTestId('open-now')).toHaveAttribute('data-open', 'true');

      mkdirSync(artifacts, { recursive: true });
      mkdirSync(docs, { recursive: true });
      const file = path.join(artifacts, `venue-${name}.png`);
      await page.screenshot({ path: file, animations: 'disabled' });
      copyFileSync(file, path.join(docs, `venue-${name}.png`));
      await context.close();
    });
  }
});

test.describe('screenshots of a walk page', () => {
  for (const { name, ...device } of viewports) {
    test(`on a ${name}`, async ({ browser, stack }) => {
      const context = await browser.newContext({ ...device, baseURL: stack.webUrl, locale: 'es-MX' });
      const page = await context.newPage();
      // A Monday at 10:00, when the plan shows which doors are shut, in every run.
      await page.clock.setFixedTime(new Date(upcoming(1, '10:00')));
      await page.goto(delCarmenWalk.es.path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(delCarmenWalk.es.name);
      await expect(page.getByTestId('stop-timing').first()).toHaveAttribute('data-state', 'closed');
      const images = page.locator('.walk-stop__image');
      for (const image of await images.all()) {
        await image.scrollIntoViewIfNeeded();
        await expect
          .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
          .toBeGreaterThan(0);
      }
      // The planner and the stops are what the page is for.
      await page.evaluate(() => {
        document.getElementById('stops')?.scrollIntoView({ block: 'start' });
        window.scrollBy(0, -16);
      });

      mkdirSync(artifacts, { recursive: true });
      mkdirSync(docs, { recursive: true });
      const file = path.join(artifacts, `walk-${name}.png`);
      await page.screenshot({ path: file, animations: 'disabled' });
      copyFileSync(file, path.join(docs, `walk-${name}.png`));
      await context.close();
    });
  }
});
