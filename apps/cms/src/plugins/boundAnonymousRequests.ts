import type { Plugin } from 'payload';
import { boundAnonymousRequests } from '../hooks/boundAnonymousRequests';

/**
 * Applies the anonymous request bounds to every collection, those other plugins added included:
 * list it after them.
 */
export const boundAnonymousRequestsPlugin: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), boundAnonymousRequests],
    },
  })),
});
