import type { Access } from 'payload';
import { hasRole } from './roles';

/** Editors see drafts; everyone else sees only what is published. */
export const publishedOrEditor: Access = ({ req }) =>
  hasRole(req.user, 'editor', 'admin') || { _status: { equals: 'published' } };
