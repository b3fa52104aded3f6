import type { CollectionBeforeOperationHook } from 'payload';
import { clientAddress } from '../../../lib/clientAddress';
import { hitLimit } from '../../../lib/requestLimits';
import { tooManyRequests } from '../../../lib/tooManyRequests';
import { normalizeEmail } from './loginLimits';

const RESETS_PER_CLIENT = { max: 10, windowSeconds: 60 * 60 };
const RESETS_PER_ACCOUNT = { max: 3, windowSeconds: 60 * 60 };

/** "Forgot password" sends mail: a few per hour per client and per address, known or not. */
export const throttlePasswordResets: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'forgotPassword') return args;
  const [client, account] = await Promise.all([
    hitLimit(req.payload, `reset-client:${clientAddress(req)}`, RESETS_PER_CLIENT),
    hitLimit(req.payload, `reset-account:${normalizeEmail(args.data?.email)}`, RESETS_PER_ACCOUNT),
  ]);
  const exceeded = [client, account].find((state) => state.exceeded);
  if (exceeded)
    throw tooManyRequests(req, 'Too many password reset requests; please try again later.', exceeded);
  return args;
};
