import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { recordReliability } from '../../../scripts/reliability';
import { type CmsInstance, startCmsInstance } from '../../../scripts/stack';
import { api, asVisitor, cmsUrl, someAddress } from './api';

const report = (i: number) => ({ message: `Report number ${i} about a venue.`, pageUrl: '/es' });

let second: CmsInstance | undefined;
let secondUrl = '';

/** A second CMS process on the same database, as a second server behind a load balancer would be. */
beforeAll(async () => {
  second = await startCmsInstance({
    databaseUrl: inject('databaseUrl'),
    dataDir: inject('dataDir'),
    secrets: inject('secrets'),
    siteUrl: inject('siteUrl'),
  });
  secondUrl = second.url;
});

afterAll(async () => {
  await second?.stop();
});

describe('the reports limit', () => {
  it('counts a client as its socket shows it, whatever X-Forwarded-For it sends', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const filed = await api('/api/reports', {
        method: 'POST',
        body: report(i),
        headers: { 'x-forwarded-for': `203.0.113.${i + 1}`, 'x-real-ip': `203.0.113.${i + 1}` },
      });
      statuses.push(filed.status);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    recordReliability({
      id: 'cms.report-limit-forwarded-for',
      area: 'attack',
      tried: 'six reports straight to the CMS, each with another X-Forwarded-For and X-Real-IP',
      tries: 6,
      held: 6,
      figures: { statuses: statuses.join(' ') },
      test: 'apps/cms/test/limits.test.ts',
    });
  });

  it('believes the visitor address the site signed, and no other', async () => {
    const address = someAddress();
    const forged = { ...asVisitor(address), 'x-paseo-visitor-signature': '00'.repeat(32) };
    // An unsigned claim counts as this machine, whose budget the test above used up.
    expect((await api('/api/reports', { method: 'POST', body: report(0), headers: forged })).status).toBe(
      429,
    );
    const signed = await api('/api/reports', {
      method: 'POST',
      body: report(0),
      headers: asVisitor(address),
    });
    expect(signed.status).toBe(201);
  });

  it('holds across two CMS processes on one database, and answers when to retry', async () => {
    const visitor = asVisitor(someAddress());
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const base = i % 2 === 0 ? cmsUrl : secondUrl;
      const response = await fetch(`${base}/api/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...visitor },
        body: JSON.stringify(report(i)),
      });
      statuses.push(response.status);
      if (response.status === 429) expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    recordReliability({
      id: 'cms.report-limit-two-processes',
      area: 'attack',
      tried: 'six reports from one visitor alternated between two CMS processes on one database',
      tries: 6,
      held: 6,
      figures: { statuses: statuses.join(' ') },
      test: 'apps/cms/test/limits.test.ts',
    });
  });

  it('is counted in the database', async () => {
    const address = someAddress();
    await api('/api/reports', { method: 'POST', body: report(0), headers: asVisitor(address) });
    const client = new pg.Client({ connectionString: inject('databaseUrl') });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT hits FROM request_limits WHERE key = $1', [
        `report-client:${address}`,
      ]);
      expect(rows).toEqual([{ hits: 1 }]);
      // The direct requests above were counted under this machine's address, as the socket saw it.
      const local = await client.query(
        "SELECT hits FROM request_limits WHERE key LIKE 'report-client:%' AND key IN ($1, $2)",
        ['report-client:127.0.0.1', 'report-client:::1'],
      );
      expect(Number(local.rows[0]?.hits)).toBeGreaterThanOrEqual(6);
    } finally {
      await client.end();
    }
  });
});
