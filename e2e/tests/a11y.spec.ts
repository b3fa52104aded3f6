import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { delCarmen, delCarmenWalk, trotsky } from '../support/sample';
import { expect, test } from '../support/test';

/** Serious and critical violations, one readable line each, so a failure says what to fix. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(' | ')}`,
    );
}

const publicPages = [
  { name: 'home', path: '/es' },
  { name: 'venue', path: trotsky.es.path },
  { name: 'venue (English)', path: trotsky.en.path },
  { name: 'neighborhood', path: delCarmen.es.path },
  { name: 'search', path: '/es/buscar?q=leon%20trotsky' },
  { name: 'walk', path: delCarmenWalk.es.path },
  { name: 'walk (English)', path: delCarmenWalk.en.path },
  { name: 'walks', path: '/en/walks' },
];

test.describe('accessibility (axe-core)', () => {
  for (const { name, path } of publicPages) {
    test(`${name} has no serious or critical violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // The "open now" line is filled in after load; scan the finished page.
      if (path.includes('/lugares/') || path.includes('/places/')) {
        await expect(page.getByTestId('open-now')).toHaveAttribute('data-open', /true|false/);
      }
      // A walk's plan too.
      if (path.includes('/paseos/') || path.includes('/walks/')) {
        await expect(page.getByTestId('stop-timing').first()).toHaveAttribute('data-state', /.+/);
      }
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test('admin login has no serious or critical violations', async ({ page, stack }) => {
    await page.goto(`${stack.cmsUrl}/admin/login`);
    await expect(page.locator('#field-email')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});
