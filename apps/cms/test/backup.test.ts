import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { recordReliability } from '../../../scripts/reliability';
import { newSecrets, type Stack, startStack } from '../../../scripts/stack';
import type { Json } from './api';
import { paragraph } from './fixtures';
import { allDocs, call, loginAt, repoRoot } from './ownStack';

const run = promisify(execFile);

/** `npm run <script>` from the repository's root, as a person would type it, on one data folder. */
async function npmRun(script: string, args: string[], env: Record<string, string>) {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', script, '--', ...args], {
      cwd: repoRoot,
      env: { ...inherited, ...env },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

const collections = [
  'venues',
  'neighborhoods',
  'categories',
  'guides',
  'media',
  'reports',
  'users',
  'redirects',
];
const versioned = ['venues', 'neighborhoods', 'guides'];

/**
 * Everything the API gives an admin: every collection in both languages, as published and with
 * drafts, and every version. Each CMS has its own address (in upload URLs) and its own logins.
 */
async function content(stack: Stack) {
  const token = await loginAt(stack.cmsUrl);
  const snapshot: Record<string, Json[]> = {};
  for (const collection of collections) {
    for (const draft of [false, true]) {
      snapshot[`${collection} draft=${draft}`] = await allDocs(
        stack.cmsUrl,
        collection,
        token,
        `depth=0&locale=all&draft=${draft}`,
      );
    }
  }
  for (const collection of versioned) {
    snapshot[`${collection} versions`] = await allDocs(
      stack.cmsUrl,
      `${collection}/versions`,
      token,
      'depth=0&locale=all',
    );
  }
  // The site's preview account is written afresh by every start of the CMS (restored or not).
  for (const key of ['users draft=false', 'users draft=true']) {
    for (const user of snapshot[key] ?? []) if (user.email === 'preview@paseo.invalid') delete user.updatedAt;
  }
  // Logins are per server; addresses in upload URLs name the server that answers.
  const text = JSON.stringify(snapshot, (key, value) => (key === 'sessions' ? undefined : value));
  return JSON.parse(text.replaceAll(stack.cmsUrl, '<cms>')) as Record<string, Json[]>;
}

/** The bytes of every upload and every rendition of it, as the CMS serves them. */
async function uploadHashes(stack: Stack) {
  const token = await loginAt(stack.cmsUrl);
  const hashes: Record<string, string> = {};
  for (const doc of await allDocs(stack.cmsUrl, 'media', token, 'depth=0')) {
    const sizes = Object.values((doc.sizes ?? {}) as Record<string, { url?: string | null }>);
    for (const url of [doc.url as string, ...sizes.map((size) => size.url)]) {
      if (!url) continue;
      const response = await fetch(new URL(url, stack.cmsUrl));
      expect(response.status, url).toBe(200);
      const bytes = Buffer.from(await response.arrayBuffer());
      hashes[new URL(url, stack.cmsUrl).pathname] = createHash('sha256').update(bytes).digest('hex');
    }
  }
  return hashes;
}

const folderBytes = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const full = path.join(dir, entry.name);
    return sum + (entry.isDirectory() ? folderBytes(full) : statSync(full).size);
  }, 0);

/** A little of everything on top of the sample content: an upload, a translated venue, drafts. */
async function addContent(cmsUrl: string) {
  const token = await loginAt(cmsUrl, 'editor@example.com', 'paseo-demo-editor');
  const image = await sharp({
    create: { width: 640, height: 400, channels: 3, background: { r: 190, g: 80, b: 40 } },
  })
    .png()
    .toBuffer();
  const form = new FormData();
  form.append('file', new Blob([image], { type: 'image/png' }), 'respaldo-fachada.png');
  form.append(
    '_payload',
    JSON.stringify({
      alt: { es: 'Fachada de prueba', en: 'Test façade' },
      credit: {
        title: 'Fachada',
        author: 'A. Fotógrafa',
        sourceName: 'Example',
        sourceUrl: 'https://example.org/fachada',
        licenseName: 'CC BY 4.0',
        licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
      },
    }),
  );
  const media = await call(cmsUrl, '/api/media', { method: 'POST', token, body: form });
  expect(media.status, JSON.stringify(media.body)).toBe(201);
  const mediaId = (media.body.doc as Json).id;

  const first = async (route: string) =>
    ((await call(cmsUrl, `${route}&limit=1&depth=0`, { token })).body.docs as Json[])[0]?.id;
  const venue = {
    name: 'Casa del Respaldo',
    teaser: 'Una casa que sobrevive a su copia de seguridad.',
    description: paragraph('Descripción en español.'),
    category: await first('/api/categories?sort=id'),
    neighborhood: await first('/api/neighborhoods?where[kind][equals]=neighborhood'),
    heroImage: mediaId,
    gallery: [mediaId],
    tips: [
      { kind: 'cash-only', text: 'Compra en taquilla.' },
      { kind: 'time-needed', text: 'Mejor temprano.' },
    ],
    address: {
      street: 'Francisco Sosa 383',
      neighborhood: 'Santa Catarina',
      postalCode: '04010',
      borough: 'Coyoacán',
      city: 'Ciudad de México',
      country: 'MX',
    },
    location: { latitude: 19.3469, longitude: -99.1687 },
    openingHours: { rule: 'Tu-Su 10:00-18:00', timeZone: 'America/Mexico_City' },
    _status: 'published',
  };
  const created = await call(cmsUrl, '/api/venues?locale=es', { method: 'POST', token, body: venue });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const doc = created.body.doc as Json & { id: number; tips: { id: string }[] };
  const translated = await call(cmsUrl, `/api/venues/${doc.id}?locale=en`, {
    method: 'PATCH',
    token,
    body: {
      name: 'House of the Backup',
      teaser: 'A house that survives its backup.',
      description: paragraph('Description in English.'),
      tips: doc.tips.map((tip, index) => ({ id: tip.id, text: `English tip ${index + 1}.` })),
      _status: 'published',
    },
  });
  expect(translated.status, JSON.stringify(translated.body)).toBe(200);

  const draftOnly = await call(cmsUrl, '/api/venues?locale=es&draft=true', {
    method: 'POST',
    token,
    body: { ...venue, name: 'Borrador del Respaldo', tips: [], _status: 'draft' },
  });
  expect(draftOnly.status, JSON.stringify(draftOnly.body)).toBe(201);

  const seeded = await first('/api/venues?sort=id');
  const newerDraft = await call(cmsUrl, `/api/venues/${seeded}?locale=es&draft=true`, {
    method: 'PATCH',
    token,
    body: { teaser: 'Un cambio que aún no se publica.', _status: 'draft' },
  });
  expect(newerDraft.status, JSON.stringify(newerDraft.body)).toBe(200);
}

describe('a backup restored into a fresh database and uploads folder', () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'paseo-backup-test-'));
  // As root the database runs as the postgres user, which must be able to reach its folders.
  chmodSync(scratch, 0o755);
  const siteUrl = inject('siteUrl');
  const secrets = newSecrets();
  const stacks: Stack[] = [];
  afterAll(async () => {
    for (const stack of stacks) await stack.stop();
    if (!process.env.PASEO_TEST_KEEP_LOGS) rmSync(scratch, { recursive: true, force: true });
  });

  it('gives back the same content, drafts, versions and upload bytes', { timeout: 600_000 }, async () => {
    const original = path.join(scratch, 'original');
    const restored = path.join(scratch, 'restored');
    const backupDir = path.join(scratch, 'backup');

    const source = await startStack({ dataDir: original, siteUrl, secrets });
    stacks.push(source);
    await addContent(source.cmsUrl);

    // Taken while the CMS and its database are running, as a person would.
    const backupStarted = Date.now();
    const backup = await npmRun('db:backup', ['--out', backupDir], { PASEO_DATA_DIR: original });
    const backupMs = Date.now() - backupStarted;
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toContain(`Backup: ${backupDir}`);
    expect(backup.output).toContain('the running embedded database');
    const before = await content(source);
    const uploadsBefore = await uploadHashes(source);
    await source.stop();

    const restoreStarted = Date.now();
    const restore = await npmRun('db:restore', [backupDir], { PASEO_DATA_DIR: restored });
    const restoreMs = Date.now() - restoreStarted;
    expect(restore.code, restore.output).toBe(0);

    // The files on disk: every upload back, byte for byte.
    const hashFiles = (dir: string) =>
      Object.fromEntries(
        readdirSync(dir, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => {
            const file = path.join(entry.parentPath, entry.name);
            return [path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')];
          }),
      );
    const mediaBefore = hashFiles(path.join(original, 'media'));
    expect(Object.keys(mediaBefore).length).toBeGreaterThan(0);
    expect(hashFiles(path.join(restored, 'media'))).toEqual(mediaBefore);

    // The database, table by table: a backup of the restored one holds the very same rows and schema.
    const again = await npmRun('db:backup', ['--out', path.join(scratch, 'backup-of-restored')], {
      PASEO_DATA_DIR: restored,
    });
    expect(again.code, again.output).toBe(0);
    const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');
    expect(read(path.join(scratch, 'backup-of-restored'), 'database/schema.json')).toBe(
      read(backupDir, 'database/schema.json'),
    );
    const manifest = JSON.parse(read(backupDir, 'manifest.json')) as {
      database: { tables: { name: string; rows: number; file: string }[] };
      media: { files: unknown[]; bytes: number };
    };
    for (const table of manifest.database.tables) {
      expect(read(path.join(scratch, 'backup-of-restored'), `database/${table.file}`), table.name).toBe(
        read(backupDir, `database/${table.file}`),
      );
    }

    // Restoring over it now is refused, naming why, and changes nothing.
    const over = await npmRun('db:restore', [backupDir], { PASEO_DATA_DIR: restored });
    expect(over.code).toBe(1);
    expect(over.output).toMatch(/Refusing to restore: .*already has \d+ tables.*--force/);
    const production = await npmRun('db:restore', [backupDir, '--force'], {
      PASEO_DATA_DIR: restored,
      PASEO_ENV: 'production',
    });
    expect(production.code).toBe(1);
    expect(production.output).toMatch(/PASEO_ENV=production.*--force-production/);

    // The restored CMS answers with the same content and serves the same files.
    const copy = await startStack({ dataDir: restored, siteUrl, secrets });
    stacks.push(copy);
    const after = await content(copy);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const key of Object.keys(before)) expect(after[key], key).toEqual(before[key]);
    expect(await uploadHashes(copy)).toEqual(uploadsBefore);
    const venues = before['venues draft=true'] ?? [];
    expect(venues.some((venue) => (venue.name as Json).en === 'House of the Backup')).toBe(true);
    expect(venues.some((venue) => venue._status === 'draft')).toBe(true);

    const documentsCompared = Object.values(before).reduce((sum, docs) => sum + docs.length, 0);
    recordReliability({
      id: 'backup.round-trip',
      area: 'backup',
      tried:
        'db:backup of a running CMS, db:restore into a fresh database and uploads folder, content compared over REST (every collection, both locales, drafts) and upload bytes; overwrite and production refusals',
      tries: documentsCompared + Object.keys(uploadsBefore).length + 2,
      held: documentsCompared + Object.keys(uploadsBefore).length + 2,
      figures: {
        'backup (ms)': backupMs,
        'restore (ms)': restoreMs,
        'backup size (bytes)': folderBytes(backupDir),
        tables: manifest.database.tables.length,
        rows: manifest.database.tables.reduce((sum, table) => sum + table.rows, 0),
        'upload files': manifest.media.files.length,
        'documents compared': documentsCompared,
        'served files compared': Object.keys(uploadsBefore).length,
      },
      test: 'apps/cms/test/backup.test.ts',
    });
  });
});
