import { describe, expect, it } from 'vitest';
import { readLimitedBody } from './readLimitedBody';
import { parseReportFields, readReport, refusal } from './report';

const streamOf = (size: number) =>
  new Request('http://site.test/api/report', {
    method: 'POST',
    body: new ReadableStream({
      start(controller) {
        for (let sent = 0; sent < size; sent += 1024) controller.enqueue(new Uint8Array(1024));
        controller.close();
      },
    }),
    duplex: 'half',
  } as RequestInit);

describe('readLimitedBody', () => {
  it('reads a body within the limit and stops reading one beyond it', async () => {
    expect(((await readLimitedBody(streamOf(4096), 16 * 1024)) as Uint8Array).byteLength).toBe(4096);
    expect(await readLimitedBody(streamOf(64 * 1024), 16 * 1024)).toBe('too-large');
    const declared = new Request('http://site.test/', {
      method: 'POST',
      body: 'x',
      headers: { 'content-length': '999999' },
    });
    expect(await readLimitedBody(declared, 16 * 1024)).toBe('too-large');
  });
});

describe('readReport', () => {
  it('reads JSON and form bodies', async () => {
    const json = await parseReportFields(
      new TextEncoder().encode('{"message":"Closed now","pageUrl":"/es"}'),
      'application/json',
    );
    expect(readReport(json)).toEqual({ report: { message: 'Closed now', pageUrl: '/es', website: '' } });
    const form = await parseReportFields(
      new TextEncoder().encode('message=Closed+now&pageUrl=%2Fes&venue=3'),
      'application/x-www-form-urlencoded',
    );
    expect(readReport(form)).toEqual({
      report: { message: 'Closed now', pageUrl: '/es', venue: 3, website: '' },
    });
  });

  it('names the field that is wrong', () => {
    expect(readReport({ message: 'hi', pageUrl: '/es' })).toMatchObject({ field: 'message' });
    expect(readReport({ message: 'Closed now', pageUrl: '//evil.example/' })).toMatchObject({
      field: 'pageUrl',
    });
  });
});

describe('refusal', () => {
  it('passes a field error on as 400 naming the field', async () => {
    const cms = Response.json(
      {
        errors: [
          {
            message: 'The following field is invalid: email',
            data: { errors: [{ path: 'email', message: 'Please enter a valid email address.' }] },
          },
        ],
      },
      { status: 400 },
    );
    expect(await refusal(cms)).toMatchObject({
      outcome: 'invalid-email',
      status: 400,
      body: { field: 'email', error: 'Please enter a valid email address.' },
    });
  });

  it('passes a rate limit on as 429 with the time to wait', async () => {
    const cms = Response.json(
      { errors: [{ message: 'Too many reports' }] },
      { status: 429, headers: { 'retry-after': '120' } },
    );
    expect(await refusal(cms)).toMatchObject({ outcome: 'rate-limited', status: 429, retryAfter: '120' });
  });
});
