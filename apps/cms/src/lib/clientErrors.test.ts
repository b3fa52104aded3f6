import { describe, expect, it } from 'vitest';
import { clientErrorAnswer } from './clientErrors';

const failedQuery = (code: string) =>
  Object.assign(new Error('Failed query: select 1'), { cause: Object.assign(new Error('pg'), { code }) });

describe('clientErrorAnswer', () => {
  it('answers 400 for queries on paths that do not exist', () => {
    const error = Object.assign(new Error('Cannot find field for path at _verificationToken'), {
      status: 500,
    });
    expect(clientErrorAnswer(error)?.status).toBe(400);
  });

  it('answers 400 for values PostgreSQL refuses and for unknown references', () => {
    expect(clientErrorAnswer(failedQuery('22021'))?.status).toBe(400);
    expect(clientErrorAnswer(failedQuery('22P02'))?.status).toBe(400);
    expect(clientErrorAnswer(failedQuery('23503'))?.message).toMatch(/does not exist/);
  });

  it('answers 503 with a retry time when a query ran out of time', () => {
    expect(clientErrorAnswer(failedQuery('57014'))).toMatchObject({ status: 503, retryAfterSeconds: 5 });
  });

  it('leaves other errors and errors that are already 4xx alone', () => {
    expect(clientErrorAnswer(new Error('boom'))).toBeUndefined();
    expect(clientErrorAnswer(failedQuery('23505'))).toBeUndefined();
    expect(
      clientErrorAnswer(Object.assign(new Error('Invalid ID value in 1'), { status: 404 })),
    ).toBeUndefined();
  });
});
