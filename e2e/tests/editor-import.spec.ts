import { readFileSync } from 'node:fs';
import { venuesFromCsv, venuesToCsv } from '@paseo/domain';
import { logInToAdmin } from '../support/admin';
import { uniqueSuffix } from '../support/sample';
import { expect, test } from '../support/test';

const sampleCsv = readFileSync(new URL('../../samples/coyoacan-venues.csv', import.meta.url), 'utf8');

test.describe('editors import venues from a file', () => {
  test('check the sample CSV, import it as new drafts, watch the progress through a reload, and export the list', async ({
    page,
    stack,
    cms,
    cleanup,
    editor,
  }) => {
    // The sample venues are in the CMS already: as they are, every row is unchanged. Under new
    // slugs and names they are nine new venues.
    const suffix = uniqueSuffix();
    const venues = venuesFromCsv(sampleCsv).rows.flatMap((row) => ('venue' in row ? [row.venue] : []));
    expect(venues).toHaveLength(9);
    // Names of their own: other tests look for the sample venues' names in the admin's lists.
    const renamed = venues.map((venue, index) => ({
      ...venue,
      name: { es: `Lugar importado ${suffix} ${index + 1}`, en: `Imported place ${suffix} ${index + 1}` },
      slug: { es: `lugar-importado-${suffix}-${index + 1}`, en: `imported-place-${suffix}-${index + 1}` },
    }));
    cleanup(async () => {
      const { docs } = await cms.find(
        'venues',
        `where[slug][like]=${suffix}&draft=true&limit=20&depth=0`,
        editor,
      );
      for (const doc of docs) await cms.delete('venues', doc.id as number, editor);
    });

    await logInToAdmin(page, stack.cmsUrl, editor);
    await page.goto(`${stack.cmsUrl}/admin/collections/venues`);
    await page.getByRole('link', { name: 'Import venues…' }).click();
    await expect(page.getByRole('heading', { name: 'Import venues', level: 1 })).toBeVisible();

    // First the sample file as it ships: nothing to do.
    await page.getByLabel('File').setInputFiles({
      name: 'coyoacan-venues.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(sampleCsv),
    });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect(page.getByText('0 to create, 0 to update, 9 unchanged, 0 refused')).toBeVisible();
    await expect(page.getByText('Nothing to import')).toBeVisible();
    await page.getByRole('button', { name: 'Import another file' }).click();

    // Then the renamed copy, with one row broken: it is refused by row and column, the others go in.
    const broken = venuesToCsv(
      renamed.map((venue, index) => (index === 3 ? { ...venue, neighborhood: 'atlantida' } : venue)),
    );
    await page.getByLabel('File').setInputFiles({
      name: 'nuevos.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(broken),
    });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await expect(page.getByText('8 to create, 0 to update, 0 unchanged, 1 refused')).toBeVisible();
    const refused = page.locator('tr[data-action="refuse"]');
    await expect(refused).toHaveCount(1);
    await expect(refused).toContainText('5');
    await expect(refused).toContainText('neighborhood');
    await expect(refused).toContainText('No neighborhood with the Spanish slug “atlantida” in the CMS');
    // Nothing is written by the dry run.
    expect(
      (await cms.find('venues', `where[slug][like]=${suffix}&draft=true&limit=0`, editor)).totalDocs,
    ).toBe(0);

    await page.getByRole('button', { name: 'Import 8 venues' }).click();
    const progress = page.locator('progress');
    await expect(progress).toBeVisible();
    await expect(page).toHaveURL(/import=\d+/);
    // The import runs on the server: a reload finds it, running or done.
    await page.reload();
    await expect(page.locator('progress')).toBeVisible();
    await expect(page.getByText('Done: 8 created, 0 updated, 0 refused while writing.')).toBeVisible({
      timeout: 60_000,
    });
    await expect(page.getByText('8 of 8 rows written')).toBeVisible();
    await expect(page.locator('progress')).toHaveAttribute('value', '8');

    const imported = await cms.find(
      'venues',
      `where[slug][like]=${suffix}&draft=true&limit=20&depth=0`,
      editor,
    );
    expect(imported.totalDocs).toBe(8);
    expect(imported.docs.every((doc) => doc._status === 'draft')).toBe(true);

    // The list filtered by search, exported: the same eight, in the format the import reads.
    await page.goto(`${stack.cmsUrl}/admin/collections/venues?search=${suffix}`);
    await expect(page.locator('.venue-list-actions')).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Export CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^paseo-venues-\d{4}-\d{2}-\d{2}\.csv$/);
    const exported = venuesFromCsv(readFileSync((await file.path()) as string, 'utf8'));
    expect(exported.rows.map((row) => row.slug).sort()).toEqual(
      renamed
        .filter((_, index) => index !== 3)
        .map((venue) => venue.slug.es)
        .sort(),
    );
  });
});
