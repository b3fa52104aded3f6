import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { api, asEditor } from './api';
import { references, venueData } from './fixtures';

/** A scheduled publish of a new draft, written as Payload writes it; already due. */
async function queuedPublish(
  db: pg.Client,
  token: string,
  claim: 'abandoned' | 'running',
): Promise<{ job: number; venue: number }> {
  const draft = await api('/api/venues?draft=true', {
    method: 'POST',
    token,
    body: venueData(await references(token), { _status: 'draft' }),
  });
  expect(draft.status).toBe(201);
  const venue = (draft.body.doc as { id: number }).id;
  const input = { type: 'publish', doc: { relationTo: 'venues', value: String(venue) } };
  // Claimed by a process: one that died twenty minutes ago, or one at work a second ago.
  const claimedAt = claim === 'abandoned' ? "now() - interval '20 minutes'" : "now() - interval '1 second'";
  const { rows } = await db.query(
    `INSERT INTO payload_jobs (input, task_slug, queue, wait_until, processing, updated_at)
     VALUES ($1, 'schedulePublish', 'default', now() - interval '30 minutes', true, ${claimedAt}) RETURNING id`,
    [JSON.stringify(input)],
  );
  return { job: Number(rows[0]?.id), venue };
}

describe('a scheduled publish whose process died while running it', () => {
  it('is handed back to the queue and done; one another process is running is left to it', async () => {
    const token = await asEditor();
    const db = new pg.Client({ connectionString: inject('databaseUrl') });
    await db.connect();
    try {
      const abandoned = await queuedPublish(db, token, 'abandoned');
      const running = await queuedPublish(db, token, 'running');
      expect((await api('/api/payload-jobs/run?limit=10', { token })).status).toBe(200);
      const { rows } = await db.query<{ id: number; processing: boolean; done: boolean }>(
        'SELECT id, processing, completed_at IS NOT NULL AS done FROM payload_jobs WHERE id = ANY($1) ORDER BY id',
        [[abandoned.job, running.job]],
      );
      // Payload deletes a job once it is done.
      expect(rows).toEqual([{ id: running.job, processing: true, done: false }]);
      expect((await api(`/api/venues/${abandoned.venue}?depth=0`)).status, 'published').toBe(200);
      expect((await api(`/api/venues/${running.venue}?depth=0`)).status, 'still a draft').toBe(404);
    } finally {
      // The "running" claim belongs to no process: leave nothing for the other tests' runners.
      await db.query("DELETE FROM payload_jobs WHERE processing AND task_slug = 'schedulePublish'");
      await db.end();
    }
  });
});
