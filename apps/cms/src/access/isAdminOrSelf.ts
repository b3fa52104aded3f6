import type { Access } from 'payload';
import { hasRole } from './roles';

/** Admins see every user; anyone else logged in sees only their own account. */
export const isAdminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true;
  if (req.user?.collection === 'users') return { id: { equals: req.user.id } };
  return false;
};
