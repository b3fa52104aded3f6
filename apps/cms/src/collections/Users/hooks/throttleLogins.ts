import { pbkdf2, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import type { CollectionBeforeOperationHook } from 'payload';
import { hitLimit } from '../../../lib/requestLimits';
import { tooManyRequests } from '../../../lib/tooManyRequests';
import { LOGIN_LIMITS, loginLimitKeys, normalizeEmail } from './loginLimits';

const pbkdf2Async = promisify(pbkdf2);

/**
 * Before a login is checked: counts it against the login limits (a right password gives its hit
 * back afterwards) and refuses with 429 once a limit is reached, whether the account exists or not.
 * For an unknown email it hashes the password anyway, with the parameters Payload uses for stored
 * passwords (PBKDF2-SHA256, 600,000 rounds), so the answer takes as long as a wrong password does.
 */
export const throttleLogins: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args;
  const email = normalizeEmail(args.data?.email);
  const password = args.data?.password;
  if (email === '' || typeof password !== 'string' || password.trim() === '') return args;

  const keys = loginLimitKeys(req, email);
  const states = await Promise.all(
    (Object.keys(LOGIN_LIMITS) as (keyof typeof LOGIN_LIMITS)[]).map((name) =>
      hitLimit(req.payload, keys[name], LOGIN_LIMITS[name]),
    ),
  );
  const exceeded = states.filter((state) => state.exceeded);
  if (exceeded.length > 0) {
    const longest = exceeded.reduce((a, b) => (a.retryAfterSeconds >= b.retryAfterSeconds ? a : b));
    const minutes = Math.ceil(longest.retryAfterSeconds / 60);
    throw tooManyRequests(
      req,
      `Too many login attempts. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      longest,
    );
  }

  const account = await req.payload.db.findOne({
    collection: args.collection.config.slug,
    req,
    select: { id: true },
    where: { email: { equals: email } },
  });
  if (!account) await pbkdf2Async(password, randomBytes(32).toString('hex'), 600_000, 32, 'sha256');
  return args;
};
