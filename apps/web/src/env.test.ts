import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

/** The module afresh, so it reads the environment as stubbed. */
async function freshEnv() {
  return (await import('./env')).env();
}

describe('env', () => {
  it('fills in the local addresses and drops a trailing slash', async () => {
    vi.stubEnv('CMS_URL', '');
    vi.stubEnv('SITE_URL', 'https://paseo.example/');
    const env = await freshEnv();
    expect(env.CMS_URL).toBe('http://localhost:3001');
    expect(env.SITE_URL).toBe('https://paseo.example');
    expect(env.CMS_PUBLIC_URL).toBeUndefined();
  });

  it('names the variable that is wrong', async () => {
    vi.stubEnv('SITE_URL', 'paseo.example');
    vi.stubEnv('CMS_PUBLIC_URL', 'ftp://cms.example');
    const error = await freshEnv().then(
      () => undefined,
      (thrown: Error) => thrown.message,
    );
    expect(error).toContain('SITE_URL: Must be an http(s) URL');
    expect(error).toContain('CMS_PUBLIC_URL: Must be an http(s) URL');
  });
});
