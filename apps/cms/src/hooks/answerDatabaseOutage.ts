import type { AfterErrorHook } from 'payload';

/** How long a client is asked to wait before trying again. */
export const RETRY_AFTER_SECONDS = 10;

// Connection refused or cut, and PostgreSQL's own "shutting down / not accepting connections" codes
// (class 08: connection exception; 57P01–57P03: shutdown, crash shutdown, cannot connect now).
const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
// Some errors keep only the message of the one they replace (the adapter's "cannot begin transaction: …").
const unavailableMessages =
  /Connection terminated|connection timeout|timeout exceeded when trying to connect|\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT)\b/i;

/** Whether an error, or anything it wraps, says the database cannot be reached right now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 8; depth++) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (
      typeof code === 'string' &&
      (networkCodes.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code))
    ) {
      return true;
    }
    if (typeof message === 'string' && unavailableMessages.test(message)) return true;
    const errors = (current as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner))) return true;
    current = cause;
  }
  return false;
}

/**
 * A request that failed because the database is down is answered 503 with Retry-After, saying so,
 * instead of an anonymous 500: clients (the public site among them) know to come back shortly.
 */
export const answerDatabaseOutage: AfterErrorHook = ({ error, req }) => {
  if (!isDatabaseUnavailable(error)) return;
  const headers = new Headers(req.responseHeaders);
  headers.set('retry-after', String(RETRY_AFTER_SECONDS));
  req.responseHeaders = headers;
  return {
    status: 503,
    response: { errors: [{ message: 'The database is unavailable; try again shortly.' }] },
  };
};
