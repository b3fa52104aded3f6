import type { CollectionBeforeOperationHook } from 'payload';

/** The deepest the public site reads (a venue with its neighborhood's parent, its media…). */
export const ANONYMOUS_MAX_DEPTH = 2;
/** The most documents one anonymous request may ask for; the site pages through more. */
export const ANONYMOUS_MAX_LIMIT = 100;

/**
 * Without a login, a request cannot ask for unbounded work: depth is capped (documents that refer
 * to each other multiply with every level) and a list is a page of at most ANONYMOUS_MAX_LIMIT
 * documents, `pagination=false` and `limit=0` included. Editors and Payload's own calls are free.
 */
export const boundAnonymousRequests: CollectionBeforeOperationHook = ({ args, req }) => {
  if (req.user || req.payloadAPI === 'local') return args;
  // Operations differ in which of these they take; each is bounded where it is taken.
  const bounded: { depth?: unknown; limit?: unknown; pagination?: unknown } = { ...(args as object) };
  if ('depth' in bounded || req.payloadAPI === 'REST') {
    const depth = Number(bounded.depth ?? ANONYMOUS_MAX_DEPTH);
    bounded.depth = Number.isFinite(depth) ? Math.min(Math.max(depth, 0), ANONYMOUS_MAX_DEPTH) : 0;
  }
  if ('limit' in bounded || 'pagination' in bounded) {
    const limit = Number(bounded.limit ?? 0);
    bounded.pagination = true;
    bounded.limit = limit > 0 ? Math.min(limit, ANONYMOUS_MAX_LIMIT) : ANONYMOUS_MAX_LIMIT;
  }
  return bounded as typeof args;
};
