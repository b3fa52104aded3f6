import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './answerDatabaseOutage';

const wrapped = (cause: unknown) => Object.assign(new Error('Failed query: select 1'), { cause });

describe('telling a database outage from other errors', () => {
  it('recognises a refused or cut connection and PostgreSQL shutting down, however deeply wrapped', () => {
    expect(
      isDatabaseUnavailable(
        wrapped(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })),
      ),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(
        wrapped(wrapped(Object.assign(new Error('terminating connection'), { code: '57P01' }))),
      ),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(
        Object.assign(new Error('the database system is starting up'), { code: '57P03' }),
      ),
    ).toBe(true);
    expect(isDatabaseUnavailable(wrapped(new Error('Connection terminated unexpectedly')))).toBe(true);
    expect(
      isDatabaseUnavailable(
        new Error('Error: cannot begin transaction: connect ECONNREFUSED 127.0.0.1:5432'),
      ),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(new AggregateError([Object.assign(new Error('x'), { code: 'ECONNREFUSED' })])),
    ).toBe(true);
  });

  it('leaves other failures alone', () => {
    expect(isDatabaseUnavailable(wrapped(Object.assign(new Error('duplicate key'), { code: '23505' })))).toBe(
      false,
    );
    expect(isDatabaseUnavailable(new Error('Something went wrong'))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
