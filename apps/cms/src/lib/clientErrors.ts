/** What a failed request should answer when the failure was caused by what the client sent. */
export type ClientErrorAnswer = { status: number; message: string; retryAfterSeconds?: number };

// Thrown by Payload's database layer, with status 500, for queries a client wrote.
const QUERY_MESSAGES = [
  /^Cannot find field for path at /,
  /^Invalid ID value in /,
  /^Relationship was not found$/,
];

type ErrorLike = { message?: unknown; status?: unknown; code?: unknown; cause?: unknown };

/** The PostgreSQL error inside (drizzle wraps it as the cause of "Failed query: …"). */
function postgresCode(error: ErrorLike, depth = 0): string | undefined {
  if (typeof error.code === 'string' && /^[0-9A-Z]{5}$/.test(error.code)) return error.code;
  if (depth < 3 && error.cause && typeof error.cause === 'object')
    return postgresCode(error.cause as ErrorLike, depth + 1);
  return undefined;
}

/**
 * Errors that Payload or PostgreSQL report as server failures (500) although the request itself
 * was at fault, mapped to the 4xx they are; or a 503 when a query ran out of its time. Undefined
 * for everything else, which stays as Payload answers it.
 */
export function clientErrorAnswer(error: ErrorLike): ClientErrorAnswer | undefined {
  const status = typeof error.status === 'number' ? error.status : 500;
  if (status < 500) return undefined;
  const message = typeof error.message === 'string' ? error.message : '';
  if (QUERY_MESSAGES.some((pattern) => pattern.test(message))) {
    return { status: 400, message: 'The request asks for something that cannot be queried.' };
  }
  const code = postgresCode(error);
  if (code === undefined) return undefined;
  // Class 22, data exceptions: invalid text, NUL bytes, out-of-range numbers, bad encodings.
  if (code.startsWith('22'))
    return { status: 400, message: 'The request contains a value that is not valid.' };
  if (code === '23503')
    return { status: 400, message: 'The request refers to an entry that does not exist.' };
  // statement_timeout, or a connection the database is shutting down.
  if (code === '57014' || code === '57P01' || code === '57P03') {
    return { status: 503, message: 'The CMS is busy; please try again shortly.', retryAfterSeconds: 5 };
  }
  return undefined;
}
