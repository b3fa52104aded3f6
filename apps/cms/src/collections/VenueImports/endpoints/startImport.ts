import type { Endpoint } from 'payload';
import { hasRole } from '../../../access/roles';
import { runImport } from '../runImport';
import { importProgress, isStalled } from './readImportProgress';

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
    if (job.state === 'running' && !isStalled(job)) return Response.json(job, { status: 409 });
    const { payload } = req;
    await payload.update({
      collection: 'venue-imports',
      id,
      data: { state: 'running', progressAt: new Date().toISOString(), error: null },
      overrideAccess: true,
    });
    void runImport(payload, id, user).catch(async (error: unknown) => {
      payload.logger.error({ err: error, msg: `Venue import ${id} failed` });
      await payload
        .update({
          collection: 'venue-imports',
          id,
          data: {
            state: 'failed',
            error: String((error as Error)?.message ?? error),
            finishedAt: new Date().toISOString(),
          },
          overrideAccess: true,
        })
        .catch(() => {});
    });
    return Response.json(await importProgress(payload, id, { withPlan: false }), { status: 202 });
  },
};
