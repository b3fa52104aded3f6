import type { CollectionBeforeChangeHook } from 'payload';

/**
 * Records who closed a report and when: set as its status turns to resolved, cleared as it is
 * reopened, left alone by any other change (a resolved report edited later keeps its handler).
 */
export const recordHandling: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const was = (originalDoc as { status?: string } | undefined)?.status;
  if (data.status === 'resolved' && was !== 'resolved') {
    return { ...data, handledBy: req.user?.id ?? null, handledAt: new Date().toISOString() };
  }
  if (data.status !== 'resolved') return { ...data, handledBy: null, handledAt: null };
  return data;
};
