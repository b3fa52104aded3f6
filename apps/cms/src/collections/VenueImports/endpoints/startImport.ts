import { type PostgresAdapter, sql } from '@payloadcms/db-postgres';
import type { Endpoint } from 'payload';
import { hasRole } from '../../../access/roles';
import { runImport } from '../runImport';
import { importProgress, stalledAfterMs } from './readImportProgress';

/**
 * Starts a checked import: `POST /api/venue-imports/:id/start`. The import runs in this process
 * after the answer; its progress is read with `GET /api/venue-imports/:id/progress`. An import
 * that stalled (its process stopped) may be started again: rows already written are unchanged.
 */
export const startImport: Endpoint = {
  path: '/:id/start',
  method: 'post',
  handler: async (req) => {
    const user = req.user;
    if (!user || !hasRole(user, 'editor', 'admin'))
      return Response.json({ error: 'Editors only' }, { status: 403 });
    const id = Number(req.routeParams?.id);
    const job = await importProgress(req.payload, id, { withPlan: false });
    if (!job) return Response.json({ error: 'No such import' }, { status: 404 });
    const { payload } = req;
    // Claimed in one statement: of two editors (or the admin and the command line) starting the
    // same import at once, one runs it and the other is told it is running.
    const adapter = payload.db as unknown as PostgresAdapter;
    const claimed = await adapter.execute({
      drizzle: adapter.drizzle,
      sql: sql`UPDATE "venue_imports" SET "state" = 'running', "progress_at" = now(), "error" = NULL
        WHERE "id" = ${id} AND ("state" <> 'running' OR "progress_at" < now() - ${`${stalledAfterMs} milliseconds`}::interval)
        RETURNING "id"`,
    });
    if (claimed.rows.length === 0) return Response.json(job, { status: 409 });
    void runImport(payload, id, user).catch(async (error: unknown) => {
      payload.logger.error({ err: error, msg: `Venue import ${id} failed` });
      await payload.db
        .updateOne({
          collection: 'venue-imports',
          id,
          data: {
            state: 'failed',
            error: String((error as Error)?.message ?? error),
            finishedAt: new Date().toISOString(),
          },
          returning: false,
        })
        .catch(() => {});
    });
    return Response.json(await importProgress(payload, id, { withPlan: false }), { status: 202 });
  },
};
