import { describe, expect, it } from 'vitest';
import { api } from './api';

describe('requests that cannot be served', () => {
  it('answer 4xx, not 500, when they name something that does not exist', async () => {
    const verify = await api('/api/users/verify/x', { method: 'POST' });
    expect(verify.status).toBe(400);
    const unknownPath = await api('/api/venues?where[noSuchField][equals]=1');
    expect(unknownPath.status).toBeGreaterThanOrEqual(400);
    expect(unknownPath.status).toBeLessThan(500);
  });
});
