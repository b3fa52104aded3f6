import type { Access } from 'payload';
import { hasRole } from './roles';

/** Editors and admins: everyone who works on content. */
export const isEditor: Access = ({ req }) => hasRole(req.user, 'editor', 'admin');
