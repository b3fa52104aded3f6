import type { Endpoint, Payload } from 'payload';
import { hasRole } from '../../../access/roles';

/** A running import whose process has written no progress for this long has stopped. */
export const stalledAfterMs = 60_000;

/** An import's state, its progress and, when asked, its plan (which can run to megabytes). */
export async function importProgress(payload: Payload, id: number, { withPlan = true } = {}) {
  if (!Number.isInteger(id)) return undefined;
  const doc = await payload
    .findByID({
      collection: 'venue-imports',
      id,
      select: {
        fileName: true,
        format: true,
        publishNew: true,
        state: true,
        ...(withPlan ? { plan: true as const } : {}),
        progress: true,
        failures: true,
        error: true,
        startedAt: true,
        progressAt: true,
        finishedAt: true,
        createdAt: true,
      },
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    .catch(() => null);
  return doc ?? undefined;
}

export const isStalled = (job: { state?: string | null; progressAt?: string | null }) =>
  job.state === 'running' && Date.now() - Date.parse(job.progressAt ?? '') > stalledAfterMs;

/**
 * An import's progress, and its plan with `?plan=true`: `GET /api/venue-imports/:id/progress`. The
 * admin reads the plan once, then the progress every second while it runs; the file itself is never
 * sent back.
 */
export const readImportProgress: Endpoint = {
  path: '/:id/progress',
  method: 'get',
  handler: async (req) => {
    if (!hasRole(req.user, 'editor', 'admin'))
      return Response.json({ error: 'Editors only' }, { status: 403 });
    const job = await importProgress(req.payload, Number(req.routeParams?.id), {
      withPlan: req.searchParams.get('plan') === 'true',
    });
    if (!job) return Response.json({ error: 'No such import' }, { status: 404 });
    return Response.json({ ...job, stalled: isStalled(job) }, { headers: { 'cache-control': 'no-store' } });
  },
};
