import { type BrowserContext, expect, type Locator, type Page, type Request } from '@playwright/test';
import type { Account } from './sample';

/**
 * The browser asks for Spanish (es-MX), as the site's visitors do, and the admin would follow it;
 * the admin's tests read its English labels, so a browser picks English for the admin first, as an
 * editor picks it on their account page.
 */
export async function pickEnglishAdmin(context: BrowserContext, cmsUrl: string): Promise<void> {
  await context.addCookies([{ name: 'payload-lng', value: 'en', url: cmsUrl }]);
}

/** Logs in through the admin's own form, as a person would, in an admin set to English. */
export async function logInToAdmin(page: Page, cmsUrl: string, user: Account): Promise<void> {
  await pickEnglishAdmin(page.context(), cmsUrl);
  await page.goto(`${cmsUrl}/admin/login`);
  await page.locator('#field-email').fill(user.email);
  await page.locator('#field-password').fill(user.password);
  await page.getByRole('button', { name: 'Login' }).click();
  await expect(page).toHaveURL(`${cmsUrl}/admin`);
  await expect(page.getByRole('heading', { name: 'Venues' })).toBeVisible();
}

/** Switches the document's content language with the locale switcher in the admin header. */
export async function switchLocale(page: Page, label: 'Español' | 'English'): Promise<void> {
  const code = label === 'English' ? 'en' : 'es';
  await page.locator('.localizer').getByRole('button').first().click();
  await page.getByRole('button', { name: `${label} (${code})` }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]locale=${code}`));
  await expect(page.locator('.localizer')).toContainText(label);
}

export async function openTab(page: Page, label: string): Promise<void> {
  await page.locator('.tabs-field__tab-button', { hasText: label }).click();
  // After a failed publish the tab also shows a count of its errors, hence "contains".
  await expect(page.locator('.tabs-field__tab-button--active')).toContainText(label);
}

/** Picks an option in one of the admin's relationship or select dropdowns. */
export async function choose(page: Page, fieldId: string, option: string): Promise<void> {
  await page.locator(`#${fieldId}`).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect(page.locator(`#${fieldId}`)).toContainText(option);
}

/** The rich-text (Lexical) editor of a field. */
export const richText = (page: Page, path: string): Locator =>
  page.locator(`[data-field-path="${path}"] [contenteditable="true"]`);

/** A field's wrapper, which carries the `error` class and the message when validation fails. */
export const fieldWrapper = (page: Page, inputId: string): Locator =>
  page
    .locator(`#${inputId}`)
    .locator(
      'xpath=ancestor-or-self::*[contains(concat(" ", normalize-space(@class), " "), " field-type ")][1]',
    );

/**
 * Waits for the admin's autosave. Typing while an autosave is in flight can lose what was typed
 * (payloadcms/payload#17676), which is why a careful editor — and this test — lets each save
 * finish before moving on.
 */
export class Autosave {
  private started = 0;
  private inFlight = 0;
  private lastActivity = Date.now();

  constructor(page: Page) {
    const busy = (request: Request) =>
      request.method() !== 'GET' && !request.url().includes('payload-preferences');
    page.on('request', (request) => {
      if (!busy(request)) return;
      if (request.url().includes('autosave=true')) this.started++;
      this.inFlight++;
      this.lastActivity = Date.now();
    });
    const done = (request: Request) => {
      if (!busy(request)) return;
      this.inFlight--;
      this.lastActivity = Date.now();
    };
    page.on('requestfinished', done);
    page.on('requestfailed', done);
  }

  /** Resolves once nothing has been sent to the CMS for half a second. */
  async idle(): Promise<void> {
    await expect
      .poll(() => this.inFlight === 0 && Date.now() - this.lastActivity > 500, {
        message: 'the admin to finish saving',
        timeout: 20_000,
        intervals: [100],
      })
      .toBe(true);
  }

  /** Makes the edits, then waits until an autosave sent after them has come back. */
  async edit(edits: () => Promise<void>): Promise<void> {
    await this.idle();
    const before = this.started;
    await edits();
    await expect
      .poll(() => this.started > before, { message: 'an autosave after the edits', timeout: 20_000 })
      .toBe(true);
    await this.idle();
  }
}

/**
 * Starts a new image from an upload field's "Create New": the file and its alt text in both
 * languages. The credit, which an image cannot be saved without, is the caller's to fill or leave out.
 */
export async function startNewImage(
  page: Page,
  fieldId: string,
  file: { name: string; buffer: Buffer },
  alt: { es: string; en: string },
): Promise<void> {
  await page.locator(`#${fieldId}`).getByRole('button', { name: 'Create New' }).click();
  await page
    .locator('input[type="file"]')
    .first()
    .setInputFiles({ ...file, mimeType: 'image/png' });
  await page.locator('#field-alt__es').fill(alt.es);
  await page.locator('#field-alt__en').fill(alt.en);
}

/** Fills an image's credit, field by field (title, author, source, licence and their addresses). */
export async function fillCredit(page: Page, credit: Record<string, string>): Promise<void> {
  for (const [field, value] of Object.entries(credit)) {
    await page.locator(`#field-credit__${field}`).fill(value);
  }
}
