import { describe, expect, it } from 'vitest';
import { api, cmsUrl, login } from './api';

/** Who the CMS takes a request with the login cookie, sent from a page at `origin`, to be. */
async function meFrom(origin: string): Promise<unknown> {
  const token = await login('editor@example.com', 'paseo-demo-editor');
  const { body } = await api('/api/users/me', { headers: { cookie: `payload-token=${token}`, origin } });
  return (body.user as { email?: string } | null)?.email ?? null;
}

describe('the admin', () => {
  it('is logged in from the CMS opened under any local name', async () => {
    const port = new URL(cmsUrl).port;
    expect(await meFrom(`http://localhost:${port}`)).toBe('editor@example.com');
    expect(await meFrom(`http://127.0.0.1:${port}`)).toBe('editor@example.com');
  });

  it('is not logged in from a foreign page', async () => {
    expect(await meFrom('http://evil.example')).toBeNull();
  });
});
