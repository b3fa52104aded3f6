import type { CollectionAfterLoginHook } from 'payload';
import { releaseHit, resetLimit } from '../../../lib/requestLimits';
import { loginLimitKeys, normalizeEmail } from './loginLimits';

/** A right password is not a failed attempt: its hit is taken back, and this client's misses forgotten. */
export const giveBackLoginHit: CollectionAfterLoginHook = async ({ req, user }) => {
  const keys = loginLimitKeys(req, normalizeEmail(user?.email));
  await Promise.all([
    resetLimit(req.payload, keys.accountFromClient),
    releaseHit(req.payload, keys.client),
    releaseHit(req.payload, keys.account),
  ]);
};
