/**
 * Two CMS processes on one database, as two servers behind a load balancer: their uploads in one
 * S3-compatible store (s3rver over HTTP, its files in a temporary folder), their job queues on the
 * one table of jobs.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type ObjectStore, startObjectStore } from '../../../scripts/cluster';
import { recordReliability } from '../../../scripts/reliability';
import { type CmsInstance, startCmsInstance } from '../../../scripts/stack';
import { suffix } from './api';
import { imageCredit, references, venueData } from './fixtures';
import { call, loginAt } from './ownStack';

const storeDir = mkdtempSync(path.join(os.tmpdir(), 'paseo-s3-'));
let store: ObjectStore;
let first: CmsInstance;
let second: CmsInstance;

beforeAll(async () => {
  store = await startObjectStore({ directory: storeDir });
  const instance = () =>
    startCmsInstance({
      databaseUrl: inject('databaseUrl'),
      dataDir: inject('dataDir'),
      secrets: inject('secrets'),
      siteUrl: inject('siteUrl'),
      env: store.cmsEnv,
    });
  [first, second] = await Promise.all([instance(), instance()]);
});

afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
  await store?.stop();
  rmSync(storeDir, { recursive: true, force: true });
});

/** An object's bytes straight from the bucket (s3rver takes unsigned requests), or undefined. */
async function objectInBucket(key: string): Promise<Buffer | undefined> {
  const response = await fetch(`${store.endpoint}/${store.bucket}/${encodeURIComponent(key)}`);
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${key} in the bucket: ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

async function download(base: string, url: string): Promise<{ status: number; bytes: Buffer }> {
  const response = await fetch(`${base}${new URL(url, base).pathname}`);
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
}

type Upload = {
  id: number;
  filename: string;
  url: string;
  sizes: Record<string, { filename: string; url: string }>;
};

/** An image large enough for every rendition, uploaded through `base`. */
async function upload(base: string, token: string): Promise<{ doc: Upload; original: Buffer }> {
  const original = await sharp({
    create: { width: 1700, height: 1100, channels: 3, background: { r: 190, g: 90, b: 40 } },
  })
    .jpeg()
    .toBuffer();
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(original)], { type: 'image/jpeg' }), `shared-${suffix()}.jpg`);
  form.append('_payload', JSON.stringify({ alt: { es: 'Un color', en: 'A colour' }, credit: imageCredit }));
  const { status, body } = await call(base, '/api/media', { method: 'POST', token, body: form });
  if (status !== 201) throw new Error(`upload: ${status} ${JSON.stringify(body)}`);
  return { doc: body.doc as unknown as Upload, original };
}

const filesOf = (doc: Upload) => [
  { filename: doc.filename, url: doc.url },
  ...Object.values(doc.sizes).map(({ filename, url }) => ({ filename, url })),
];

describe('uploads in a shared bucket', () => {
  it('an image uploaded through one CMS is served byte for byte by the other, its renditions too', async () => {
    const { doc, original } = await upload(first.url, await loginAt(first.url));
    expect(Object.keys(doc.sizes).sort()).toEqual(['card', 'hero', 'og', 'thumbnail']);
    const localDir = path.join(inject('dataDir'), 'media');
    for (const file of filesOf(doc)) {
      // Still the CMS's own address, so read access and the 404 below apply.
      expect(new URL(file.url, first.url).pathname).toBe(`/api/media/file/${file.filename}`);
      const stored = await objectInBucket(file.filename);
      expect(stored, `${file.filename} is in the bucket`).toBeDefined();
      expect(existsSync(path.join(localDir, file.filename)), `${file.filename} is not on local disk`).toBe(
        false,
      );
      const served = await download(second.url, file.url);
      expect(served.status).toBe(200);
      expect(served.bytes.equals(stored ?? Buffer.alloc(0)), `${file.filename} as stored`).toBe(true);
    }
    expect((await download(second.url, doc.url)).bytes.equals(original)).toBe(true);
  });

  it('an image deleted through the other CMS leaves the bucket, and its address answers 404', async () => {
    const { doc } = await upload(first.url, await loginAt(first.url));
    for (const file of filesOf(doc)) expect(await objectInBucket(file.filename)).toBeDefined();
    const deleted = await call(second.url, `/api/media/${doc.id}`, {
      method: 'DELETE',
      token: await loginAt(second.url),
    });
    expect(deleted.status).toBe(200);
    for (const file of filesOf(doc)) {
      expect(await objectInBucket(file.filename), `${file.filename} is gone`).toBeUndefined();
      expect((await download(first.url, file.url)).status).toBe(404);
    }
  });

  it('a file lost from the bucket behind the CMS’s back is a 404, not an error', async () => {
    const { doc } = await upload(first.url, await loginAt(first.url));
    const lost = await fetch(`${store.endpoint}/${store.bucket}/${encodeURIComponent(doc.filename)}`, {
      method: 'DELETE',
    });
    expect(lost.status).toBe(204);
    expect((await download(second.url, doc.url)).status).toBe(404);
    expect((await download(first.url, doc.url)).status).toBe(404);
  });
});

/** Jobs neither done nor failed. Payload deletes a job once it has succeeded. */
async function unfinished(db: pg.Client, jobs: number[]): Promise<number> {
  const { rows } = await db.query(
    'SELECT count(*)::int AS left FROM payload_jobs WHERE id = ANY($1) AND completed_at IS NULL AND NOT has_error',
    [jobs],
  );
  return Number(rows[0]?.left);
}

describe('scheduled publishing with two CMS processes', () => {
  it('publishes each entry once while both run the queue at the same moment', async () => {
    const token = await loginAt(first.url);
    const me = await call(first.url, '/api/users/me', { token });
    const userId = (me.body.user as { id: number }).id;
    const refs = await references(token);
    const venues: number[] = [];
    for (let i = 0; i < 4; i++) {
      const draft = await call(first.url, '/api/venues?draft=true', {
        method: 'POST',
        token,
        body: venueData(refs, { _status: 'draft' }),
      });
      expect(draft.status).toBe(201);
      venues.push((draft.body.doc as { id: number }).id);
    }

    const db = new pg.Client({ connectionString: inject('databaseUrl') });
    await db.connect();
    try {
      // The job the admin's "Schedule publish" queues (payload.jobs.queue); the REST API has no route
      // that queues one, so it is written as Payload writes it. Due in two seconds.
      const jobs: number[] = [];
      for (const venue of venues) {
        const input = {
          type: 'publish',
          doc: { relationTo: 'venues', value: String(venue) },
          user: { relationTo: 'users', value: userId },
        };
        const { rows } = await db.query(
          `INSERT INTO payload_jobs (input, task_slug, queue, wait_until)
           VALUES ($1, 'schedulePublish', 'default', now() + interval '2 seconds') RETURNING id`,
          [JSON.stringify(input)],
        );
        jobs.push(Number(rows[0]?.id));
      }

      // Three runners on each process ask for due jobs over and over, as several crons would.
      const tokens = new Map([
        [first.url, token],
        [second.url, await loginAt(second.url)],
      ]);
      let done = false;
      const answers: number[] = [];
      const runner = async (base: string) => {
        while (!done) {
          answers.push(
            (await call(base, '/api/payload-jobs/run?limit=10', { token: tokens.get(base) })).status,
          );
        }
      };
      const runners = [first.url, first.url, first.url, second.url, second.url, second.url].map(runner);
      const deadline = Date.now() + 30_000;
      for (;;) {
        if ((await unfinished(db, jobs)) === 0 || Date.now() > deadline) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      done = true;
      await Promise.all(runners);

      // A second run of a publish saves the entry again: one more published version.
      const published = await db.query(
        `SELECT parent_id AS venue, count(*)::int AS versions FROM _venues_v
         WHERE parent_id = ANY($1) AND version__status = 'published' GROUP BY parent_id ORDER BY parent_id`,
        [venues],
      );
      const versionsPerVenue = published.rows.map((row) => row.versions as number);
      const left = await unfinished(db, jobs);
      const failedAnswers = answers.filter((status) => status !== 200).length;
      recordReliability({
        id: 'cms.scheduled-publish-two-processes',
        area: 'load',
        tried: `${jobs.length} scheduled publishes falling due while two CMS processes ran the job queue, three runners each`,
        tries: jobs.length,
        held: versionsPerVenue.filter((count) => count === 1).length,
        figures: {
          'published versions per entry': versionsPerVenue.join(' '),
          'jobs left unfinished': left,
          'run requests': answers.length,
          'run requests not answered 200': failedAnswers,
        },
        test: 'apps/cms/test/sharedStorage.test.ts',
      });
      expect(versionsPerVenue).toEqual(venues.map(() => 1));
      expect(left).toBe(0);
      expect(failedAnswers).toBe(0);
      for (const venue of venues) {
        expect((await call(second.url, `/api/venues/${venue}?depth=0`)).status, 'published').toBe(200);
      }
    } finally {
      await db.end();
    }
  });
});
