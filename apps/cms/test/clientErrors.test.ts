import { describe, expect, it } from 'vitest';
import { api } from './api';
import { recordWhatHeld } from './reliabilityRecord';

describe('requests that cannot be served', () => {
  recordWhatHeld({
    id: 'cms.client-errors',
    area: 'attack',
    tried:
      'requests naming what does not exist (/api/users/verify/x, a where on an unknown field): 4xx, not 500',
    test: 'apps/cms/test/clientErrors.test.ts',
  });

  it('answer 4xx, not 500, when they name something that does not exist', async () => {
    const verify = await api('/api/users/verify/x', { method: 'POST' });
    expect(verify.status).toBe(400);
    const unknownPath = await api('/api/venues?where[noSuchField][equals]=1');
    expect(unknownPath.status).toBeGreaterThanOrEqual(400);
    expect(unknownPath.status).toBeLessThan(500);
  });
});
