import type { PayloadRequest } from 'payload';
import { clientAddress } from '../../../lib/clientAddress';
import type { Limit } from '../../../lib/requestLimits';

/**
 * Failed logins are counted three ways, so that guessing is slow without letting anyone lock the
 * owner out: per account from one client (tight), per client over all accounts, and per account
 * from everywhere (loose: it only stops guessing spread over many addresses).
 */
export const LOGIN_LIMITS = {
  accountFromClient: { max: 5, windowSeconds: 15 * 60 },
  client: { max: 20, windowSeconds: 15 * 60 },
  account: { max: 100, windowSeconds: 60 * 60 },
} satisfies Record<string, Limit>;

export const normalizeEmail = (email: unknown) =>
  typeof email === 'string' ? email.toLowerCase().trim() : '';

export function loginLimitKeys(
  req: PayloadRequest,
  email: string,
): Record<keyof typeof LOGIN_LIMITS, string> {
  const client = clientAddress(req);
  return {
    accountFromClient: `login-account-client:${email}|${client}`,
    client: `login-client:${client}`,
    account: `login-account:${email}`,
  };
}
