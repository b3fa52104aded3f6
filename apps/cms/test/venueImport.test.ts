import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { venuesFromCsv, venuesToGeoJson } from '@paseo/domain';
import type { ImportPlan as Plan, ImportProgress as Progress } from '@paseo/domain/cms';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { newSecrets, type Stack, startStack } from '../../../scripts/stack';
import { api, asEditor, cmsUrl, count, type Json, suffix } from './api';
import { call, loginAt, repoRoot } from './ownStack';

async function checkFile(base: string, token: string, fileName: string, text: string, publishNew = false) {
  const query = new URLSearchParams({ fileName, publishNew: String(publishNew) });
  const response = await fetch(`${base}/api/venue-imports/check?${query}`, {
    method: 'POST',
    headers: { authorization: `JWT ${token}`, 'content-type': 'text/plain; charset=utf-8' },
    body: text,
  });
  const body = (await response.json()) as { id: number; plan: Plan };
  expect(response.status, JSON.stringify(body)).toBe(200);
  return body;
}

/** Starts a checked import and waits until it is done, answering its last progress. */
async function runToEnd(base: string, token: string, id: number): Promise<Progress> {
  const started = await call(base, `/api/venue-imports/${id}/start`, { method: 'POST', token });
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  for (let waited = 0; waited < 120_000; waited += 250) {
    const { body } = await call(base, `/api/venue-imports/${id}/progress`, { token });
    const progress = body as unknown as Progress;
    if (progress.state === 'done' || progress.state === 'failed') return progress;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`import ${id} did not finish`);
}

/** A CSV as a spreadsheet writes it: the rows' keys as the header, every cell quoted. */
function officeSheet(rows: Record<string, string>[]): string {
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
  return [columns, ...rows.map((row) => columns.map((column) => row[column] ?? ''))]
    .map((cells) => cells.map(quote).join(','))
    .join('\r\n');
}

const venueRow = (name: string, extra: Record<string, string> = {}) => ({
  name_es: name,
  name_en: `${name} (en)`,
  category: 'museum',
  neighborhood: 'del-carmen',
  teaser_es: 'Una casa para probar la importación.',
  description_es: 'Primer párrafo.\n\nSegundo párrafo, con coma.',
  description_en: 'First paragraph.',
  street: 'Londres 247',
  colonia: 'Del Carmen',
  postal_code: '04100',
  borough: 'Coyoacán',
  city: 'Ciudad de México',
  latitude: '19,3551',
  longitude: '-99.1626',
  opening_hours: 'Tu-Su 10:00-18:00',
  transit: 'metro | 3 | Coyoacán | 20',
  ...extra,
});

describe('importing venues from a file', () => {
  it('imports only the good rows, reports each bad one by row and column, and a second run changes nothing', {
    timeout: 120_000,
  }, async () => {
    const token = await asEditor();
    const tag = suffix();
    const good = [venueRow(`Casa importada ${tag} uno`), venueRow(`Casa importada ${tag} dos`)];
    const bad = [
      venueRow(`Casa importada ${tag} tres`, { neighborhood: 'atlantida' }),
      venueRow(`Casa importada ${tag} cuatro`, { latitude: 'norte' }),
      venueRow(`Casa importada ${tag} cinco`, { status: 'published' }),
    ];
    const csv = officeSheet([good[0], bad[0], good[1], bad[1], bad[2]] as Record<string, string>[]);
    const before = await count('venues', token);

    const { id, plan } = await checkFile(cmsUrl, token, 'oficina.csv', csv);
    expect(plan.counts).toEqual({ create: 2, update: 0, unchanged: 0, refuse: 3 });
    const refusals = plan.rows.flatMap((row) => row.issues ?? []);
    expect(refusals).toEqual(
      expect.arrayContaining([
        {
          row: 3,
          column: 'neighborhood',
          message: 'No neighborhood with the Spanish slug “atlantida” in the CMS',
        },
        { row: 5, column: 'latitude', message: '“norte” is not a number' },
        { row: 6, column: 'hero_image_url', message: 'A published venue needs a hero image' },
      ]),
    );
    // The dry run wrote nothing.
    expect(await count('venues', token)).toBe(before);

    const done = await runToEnd(cmsUrl, token, id);
    expect(done.state).toBe('done');
    expect(done.progress).toMatchObject({ total: 2, done: 2, created: 2, updated: 0, failed: 0 });
    expect(await count('venues', token)).toBe(before + 2);
    const { body } = await api(
      `/api/venues?where[slug][equals]=casa-importada-${tag}-uno&draft=true&locale=all&depth=0`,
      { token },
    );
    const [venue] = body.docs as Json[];
    if (!venue) throw new Error('the imported venue is not there');
    expect(venue?._status).toBe('draft');
    expect(venue?.name).toEqual({ es: `Casa importada ${tag} uno`, en: `Casa importada ${tag} uno (en)` });
    expect(venue?.location).toEqual({ latitude: 19.3551, longitude: -99.1626 });
    expect((venue.transit as Json[])[0]).toMatchObject({ mode: 'metro', line: '3', walkingMinutes: 20 });
    const updatedAt = venue?.updatedAt;

    const again = await checkFile(cmsUrl, token, 'oficina.csv', csv);
    expect(again.plan.counts).toEqual({ create: 0, update: 0, unchanged: 2, refuse: 3 });
    const second = await runToEnd(cmsUrl, token, again.id);
    expect(second.progress).toMatchObject({ total: 0, created: 0, updated: 0 });
    expect(await count('venues', token)).toBe(before + 2);
    const reread = await api(`/api/venues/${venue?.id}?draft=true&depth=0`, { token });
    expect(reread.body.updatedAt).toBe(updatedAt);

    // A changed cell updates that venue alone, in place.
    const changed = officeSheet([{ ...good[0], teaser_es: 'Un teaser nuevo.' }, good[1]] as Record<
      string,
      string
    >[]);
    const third = await checkFile(cmsUrl, token, 'oficina.csv', changed);
    expect(third.plan.counts).toEqual({ create: 0, update: 1, unchanged: 1, refuse: 0 });
    expect((await runToEnd(cmsUrl, token, third.id)).progress).toMatchObject({ updated: 1 });
    expect((await api(`/api/venues/${venue?.id}?draft=true&depth=0&locale=es`, { token })).body.teaser).toBe(
      'Un teaser nuevo.',
    );
  });

  it('runs from the command line, and refuses an English slug another venue has', {
    timeout: 120_000,
  }, async () => {
    const token = await asEditor();
    const folder = mkdtempSync(path.join(os.tmpdir(), 'paseo-import-'));
    const name = `Casa de consola ${suffix()}`;
    const file = path.join(folder, 'consola.csv');
    writeFileSync(
      file,
      officeSheet([
        venueRow(name),
        venueRow(`Otra casa ${suffix()}`, { slug_en: 'leon-trotsky-house-museum' }),
      ]),
    );
    const env = {
      ...process.env,
      CMS_URL: cmsUrl,
      PASEO_EMAIL: 'editor@example.com',
      PASEO_PASSWORD: 'paseo-demo-editor',
    };
    const { code, output } = await new Promise<{ code: number; output: string }>((resolve) => {
      execFile(
        'npm',
        ['run', '--silent', 'import', '--', file],
        { cwd: repoRoot, env },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
      );
    });
    rmSync(folder, { recursive: true, force: true });
    expect(output).toContain('consola.csv: 1 to create, 0 to update, 0 unchanged, 1 refused.');
    expect(output).toContain(
      'Row 3, slug_en: Another venue in the CMS has the English slug “leon-trotsky-house-museum”',
    );
    expect(output).toMatch(/Done in [\d.]+ s: 1 created, 0 updated, 0 refused while writing\./);
    // A refused row makes the command fail, for scripts that run it.
    expect(code).toBe(1);
    expect(await count('venues', token, `&where[name][equals]=${encodeURIComponent(name)}`)).toBe(1);
  });

  it('refuses a file with an unknown column, reading no row', async () => {
    const token = await asEditor();
    const csv = officeSheet([{ ...venueRow(`Casa ${suffix()}`), nombre: 'x' }]);
    const { plan } = await checkFile(cmsUrl, token, 'mal.csv', csv);
    expect(plan.rows).toEqual([]);
    expect(plan.fileIssues).toEqual([expect.objectContaining({ row: 1, column: 'nombre' })]);
  });

  it('leaves the fields of columns a file lacks, and clears those it has but leaves empty', {
    timeout: 120_000,
  }, async () => {
    const token = await asEditor();
    const name = `Casa parcial ${suffix()}`;
    const full = venueRow(name, { getting_there_es: 'A dos calles del jardín.' });
    const first = await checkFile(cmsUrl, token, 'completo.csv', officeSheet([full]));
    expect((await runToEnd(cmsUrl, token, first.id)).progress).toMatchObject({ created: 1 });

    // Without the transit, hours and directions columns: nothing to change.
    const { transit: _t, opening_hours: _h, getting_there_es: _g, ...partial } = full;
    const again = await checkFile(cmsUrl, token, 'parcial.csv', officeSheet([partial]));
    expect(again.plan.counts).toEqual({ create: 0, update: 0, unchanged: 1, refuse: 0 });

    // With them, empty: they are cleared, and the rest stays.
    const cleared = await checkFile(
      cmsUrl,
      token,
      'vacio.csv',
      officeSheet([{ ...partial, transit: '', getting_there_es: '', teaser_es: 'Otra línea.' }]),
    );
    expect(cleared.plan.counts).toEqual({ create: 0, update: 1, unchanged: 0, refuse: 0 });
    expect((await runToEnd(cmsUrl, token, cleared.id)).progress).toMatchObject({ updated: 1, failed: 0 });
    const { body } = await api(
      `/api/venues?where[name][equals]=${encodeURIComponent(name)}&draft=true&depth=0&locale=es`,
      { token },
    );
    const venue = (body.docs as Json[])[0];
    expect(venue?.transit).toEqual([]);
    expect(venue?.gettingThere ?? null).toBeNull();
    expect(venue?.teaser).toBe('Otra línea.');
    expect((venue?.openingHours as Json | undefined)?.rule).toBe('Tu-Su 10:00-18:00');
  });

  it('imports GeoJSON, with a pin to another row of the same file', { timeout: 120_000 }, async () => {
    const token = await asEditor();
    const tag = suffix();
    const rows = [
      venueRow(`Casa mapa ${tag} uno`, { pinned_nearby: `casa-mapa-${tag}-dos` }),
      venueRow(`Casa mapa ${tag} dos`),
    ];
    const file = venuesFromCsv(officeSheet(rows)).rows.flatMap((row) => ('venue' in row ? [row.venue] : []));
    expect(file).toHaveLength(2);
    const geojson = JSON.stringify(venuesToGeoJson(file));
    const { id, plan } = await checkFile(cmsUrl, token, 'mapa.geojson', geojson);
    expect(plan.counts).toEqual({ create: 2, update: 0, unchanged: 0, refuse: 0 });
    expect((await runToEnd(cmsUrl, token, id)).progress).toMatchObject({ created: 2, failed: 0 });
    const { body } = await api(
      `/api/venues?where[slug][equals]=casa-mapa-${tag}-uno&draft=true&depth=1&locale=es`,
      { token },
    );
    const pinned = ((body.docs as Json[])[0]?.pinnedNearby ?? []) as Json[];
    expect(pinned.map((venue) => venue.slug)).toEqual([`casa-mapa-${tag}-dos`]);
  });

  it('answers only editors', async () => {
    const check = await fetch(`${cmsUrl}/api/venue-imports/check?fileName=a.csv`, {
      method: 'POST',
      body: 'x',
    });
    expect(check.status).toBe(403);
    expect((await call(cmsUrl, '/api/venue-imports/1/start', { method: 'POST' })).status).toBe(403);
    expect((await call(cmsUrl, '/api/venue-imports/1/progress')).status).toBe(403);
    expect((await call(cmsUrl, '/api/venue-imports?limit=1')).status).toBe(403);
  });

  describe('images by address', () => {
    let server: Server;
    let imageUrl = '';
    beforeAll(async () => {
      const jpeg = await sharp({ create: { width: 64, height: 40, channels: 3, background: '#c0392b' } })
        .jpeg()
        .toBuffer();
      server = createServer((_, response) =>
        response.writeHead(200, { 'content-type': 'image/jpeg' }).end(jpeg),
      );
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      imageUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/fachada-${suffix()}.jpg`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('fetches an image only for a row that gives its full credit, and credits it', {
      timeout: 60_000,
    }, async () => {
      const token = await asEditor();
      const credit = {
        hero_image_url: imageUrl,
        hero_image_alt_es: 'Fachada roja',
        hero_image_alt_en: 'Red front',
        hero_image_title: 'Fachada',
        hero_image_author: 'Ana Pérez',
        hero_image_source_name: 'Archivo de prueba',
        hero_image_source_url: 'https://example.org/archivo',
        hero_image_license_name: 'CC BY 4.0',
        hero_image_license_url: 'https://creativecommons.org/licenses/by/4.0/',
      };
      const withCredit = venueRow(`Casa con foto ${suffix()}`, { ...credit, status: 'published' });
      // A second row with the same picture shares its one copy in the library.
      const sameImage = venueRow(`Casa con la misma foto ${suffix()}`, { ...credit });
      const withoutCredit = venueRow(`Casa sin crédito ${suffix()}`, {
        hero_image_url: imageUrl.replace('fachada', 'otra'),
        hero_image_alt_es: 'Otra',
        hero_image_alt_en: 'Other',
      });
      const { id, plan } = await checkFile(
        cmsUrl,
        token,
        'fotos.csv',
        officeSheet([withCredit, withoutCredit, sameImage]),
        true,
      );
      expect(plan.rows[0]).toMatchObject({ action: 'create', fetches: 1 });
      expect(plan.rows[1]?.issues).toEqual([
        {
          row: 3,
          column: 'hero_image_url',
          message: 'An image is fetched only with its full credit (title, author, source, licence)',
        },
      ]);
      const done = await runToEnd(cmsUrl, token, id);
      expect(done.progress, JSON.stringify(done.failures)).toMatchObject({ created: 2, failed: 0 });
      const { body } = await api(
        `/api/venues?where[name][equals]=${encodeURIComponent(withCredit.name_es)}&depth=1&locale=es`,
        { token },
      );
      const venue = (body.docs as Json[])[0];
      expect(venue?._status).toBe('published');
      expect(venue?.heroImage).toMatchObject({
        width: 64,
        alt: { es: 'Fachada roja', en: 'Red front' },
        credit: { author: 'Ana Pérez', licenseName: 'CC BY 4.0' },
      });
      const shared = await api(
        `/api/venues?where[name][equals]=${encodeURIComponent(sameImage.name_es)}&depth=0&draft=true`,
        { token },
      );
      expect((shared.body.docs as Json[])[0]?.heroImage).toBe((venue?.heroImage as Json | undefined)?.id);
    });
  });

  it('exports the list as the admin filters it, in the format the import reads', async () => {
    const token = await asEditor();
    const where = 'where[neighborhood.slug][equals]=del-carmen&where[category.key][equals]=museum';
    const response = await fetch(`${cmsUrl}/api/venues/export?format=csv&${where}`, {
      headers: { authorization: `JWT ${token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="paseo-venues-.*\.csv"/,
    );
    const file = venuesFromCsv(await response.text());
    expect(file.issues).toEqual([]);
    const slugs = file.rows.map((row) => row.slug);
    expect(slugs).toEqual(expect.arrayContaining(['museo-casa-de-leon-trotsky', 'museo-frida-kahlo']));
    expect(slugs).not.toContain('mercado-de-coyoacan');
    expect(file.rows.every((row) => 'venue' in row)).toBe(true);
    expect((await fetch(`${cmsUrl}/api/venues/export?format=csv`)).status).toBe(403);
  });
});

describe('export, then import into an empty database', () => {
  const stacks: Stack[] = [];
  afterAll(async () => {
    for (const stack of stacks) await stack.stop();
  });

  it('gives back the same venues', { timeout: 600_000 }, async () => {
    const siteUrl = inject('siteUrl');
    const secrets = newSecrets();
    const source = await startStack({ siteUrl, secrets });
    stacks.push(source);
    const sourceToken = await loginAt(source.cmsUrl, 'editor@example.com', 'paseo-demo-editor');
    const exported = await fetch(`${source.cmsUrl}/api/venues/export?format=csv&sort=id`, {
      headers: { authorization: `JWT ${sourceToken}` },
    }).then((response) => response.text());

    const target = await startStack({ siteUrl, secrets });
    stacks.push(target);
    const token = await loginAt(target.cmsUrl);
    // Empty of venues: the seeded walks and venues go; categories, neighborhoods, guides and the
    // media library stay, as they would on a CMS set up for a new city.
    const { body: seeded } = await call(target.cmsUrl, '/api/venues?limit=100&depth=0&draft=true', { token });
    for (const doc of seeded.docs as Json[]) {
      // Venues pin each other; unpinned, each can go.
      const unpinned = await call(target.cmsUrl, `/api/venues/${doc.id}`, {
        method: 'PATCH',
        token,
        body: { pinnedNearby: [] },
      });
      expect(unpinned.status, JSON.stringify(unpinned.body)).toBe(200);
    }
    for (const collection of ['walks', 'venues']) {
      const { body } = await call(target.cmsUrl, `/api/${collection}?limit=100&depth=0&draft=true`, {
        token,
      });
      for (const doc of body.docs as Json[]) {
        const deleted = await call(target.cmsUrl, `/api/${collection}/${doc.id}`, {
          method: 'DELETE',
          token,
        });
        expect(deleted.status, JSON.stringify(deleted.body)).toBe(200);
      }
    }
    const { body: none } = await call(target.cmsUrl, '/api/venues?limit=0&draft=true', { token });
    expect(none.totalDocs).toBe(0);

    const { id, plan } = await checkFile(target.cmsUrl, token, 'export.csv', exported, true);
    expect(plan.counts.refuse, JSON.stringify(plan.rows.filter((row) => row.issues))).toBe(0);
    const done = await runToEnd(target.cmsUrl, token, id);
    expect(done.progress.failed, JSON.stringify(done.failures)).toBe(0);

    const reexported = await fetch(`${target.cmsUrl}/api/venues/export?format=csv&sort=id`, {
      headers: { authorization: `JWT ${token}` },
    }).then((response) => response.text());
    // Rows are written a few at a time, so the new ids need not follow the file's order.
    const rows = (csv: string) =>
      venuesFromCsv(csv.replaceAll(source.cmsUrl, 'CMS').replaceAll(target.cmsUrl, 'CMS'))
        .rows.map(({ row: _row, ...rest }) => rest)
        .sort((a, b) => String(a.slug).localeCompare(String(b.slug)));
    const before = rows(exported);
    expect(before.length).toBeGreaterThan(5);
    expect(rows(reexported)).toEqual(before);
  });
});
