import { describe, expect, inject, it } from 'vitest';
import { recordReliability } from '../../../scripts/reliability';
import { serverMemoryMb } from '../../../scripts/stack';
import { api, asEditor, graphql } from './api';

/** How many levels of populated documents an answer holds (an id-only reference is not one). */
function populatedDepth(value: unknown): number {
  if (Array.isArray(value)) return Math.max(0, ...value.map(populatedDepth));
  if (!value || typeof value !== 'object') return 0;
  const children = Math.max(0, ...Object.values(value).map(populatedDepth));
  return 'id' in value && 'createdAt' in value ? 1 + children : children;
}

describe('anonymous reads', () => {
  it('answer a request for depth 10 of every venue in every locale at depth 2, quickly', async () => {
    const cms = inject('cmsProcessGroup');
    const memoryBefore = serverMemoryMb(cms);
    const started = Date.now();
    const { status, body } = await api('/api/venues?depth=10&limit=100&locale=all');
    const answeredMs = Date.now() - started;
    // Ten at once, as an attacker would send them.
    const together = await Promise.all(
      Array.from({ length: 10 }, () => api('/api/venues?depth=10&limit=100&locale=all')),
    );
    expect(together.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    expect(status).toBe(200);
    expect(answeredMs).toBeLessThan(10_000);
    const docs = body.docs as unknown[];
    expect(docs.length).toBeGreaterThan(0);
    // The venue itself, plus two levels of what it refers to.
    expect(Math.max(...docs.map(populatedDepth))).toBe(3);
    recordReliability({
      id: 'cms.anonymous-deep-read',
      area: 'attack',
      tried:
        'anonymous GET /api/venues?depth=10&limit=100&locale=all (venues pin each other, so depth multiplies the answer)',
      tries: 11,
      held: 11,
      figures: {
        status,
        'answered in (ms)': answeredMs,
        'ten more at once (ms)': Date.now() - started - answeredMs,
        'depth served': 2,
        'CMS memory before, after (MB)': `${memoryBefore ?? '?'}, ${serverMemoryMb(cms) ?? '?'}`,
      },
      test: 'apps/cms/test/anonymousReads.test.ts',
    });
  });

  it('get at most a page of 100, whatever limit or pagination they ask for', async () => {
    for (const query of ['limit=100000', 'limit=0', 'pagination=false', 'pagination=false&limit=5000']) {
      const { status, body } = await api(`/api/categories?depth=0&${query}`);
      expect(status, query).toBe(200);
      expect(body.limit, query).toBe(100);
    }
    const small = await api('/api/categories?depth=0&limit=3');
    expect(small.body.limit).toBe(3);
    // The redirects plugin's collection is bounded as well.
    expect((await api('/api/redirects?depth=5&pagination=false')).body.limit).toBe(100);
    recordReliability({
      id: 'cms.anonymous-page-size',
      area: 'attack',
      tried:
        'anonymous lists asking for limit=100000, limit=0, pagination=false (a plugin collection included)',
      tries: 5,
      held: 5,
      figures: { 'largest page served': 100 },
      test: 'apps/cms/test/anonymousReads.test.ts',
    });
  });

  it('are bounded over GraphQL too: a page of 100 and no deep nesting', async () => {
    const list = await graphql('{ Categories(limit: 100000) { limit docs { id } } }');
    expect((list.body.data as { Categories: { limit: number } }).Categories.limit).toBe(100);
    const deep = await graphql(
      '{ Venues { docs { pinnedNearby { pinnedNearby { pinnedNearby { pinnedNearby { pinnedNearby { id } } } } } } } }',
    );
    expect(JSON.stringify(deep.body.errors)).toMatch(/nested 8 fields deep; at most 6/);
    recordReliability({
      id: 'cms.graphql-bounds',
      area: 'attack',
      tried: 'GraphQL: a list with limit 100000 and a query nested 8 levels deep',
      tries: 2,
      held: 2,
      test: 'apps/cms/test/anonymousReads.test.ts',
    });
  });

  it('leave logged-in editors free to ask for more', async () => {
    const token = await asEditor();
    const { body } = await api('/api/categories?depth=0&limit=1000', { token });
    expect(body.limit).toBe(1000);
  });
});
