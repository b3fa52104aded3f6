import { expect } from 'vitest';

/** Logs the demo editor into the CMS at `cmsUrl` and returns the session's token. */
export async function editorToken(cmsUrl: string): Promise<string> {
  const login = await fetch(`${cmsUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editor@example.com', password: 'paseo-demo-editor' }),
  });
  expect(login.status).toBe(200);
  return ((await login.json()) as { token: string }).token;
}
