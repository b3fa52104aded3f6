import { type APIRequestContext, expect } from '@playwright/test';
import { type Account, demoUsers, uniqueSuffix } from './sample';
import { stackEnv } from './stack-env';

type Docs = { docs: Array<Record<string, unknown> & { id: number }>; totalDocs: number };

/**
 * The CMS's REST API, for preparing and checking data where the admin UI is not what is tested,
 * and for cleaning up after a test.
 */
export class CmsApi {
  private readonly tokens = new Map<string, string>();

  constructor(
    private readonly request: APIRequestContext,
    readonly baseUrl: string,
  ) {}

  async token(user: Account): Promise<string> {
    const shared = process.env[stackEnv.adminToken];
    if (user.email === demoUsers.admin.email && shared) return shared;
    const known = this.tokens.get(user.email);
    if (known) return known;
    const response = await this.request.post(`${this.baseUrl}/api/users/login`, {
      data: { email: user.email, password: user.password },
    });
    expect(response.status(), `log in as ${user.email}`).toBe(200);
    const { token } = (await response.json()) as { token: string };
    this.tokens.set(user.email, token);
    return token;
  }

  /** A GET as `user`, or anonymously (what a visitor's browser or the public site may read). */
  async get(path: string, user?: Account) {
    const headers: Record<string, string> = user ? { authorization: `JWT ${await this.token(user)}` } : {};
    return this.request.get(`${this.baseUrl}${path}`, { headers });
  }

  async post(path: string, data: unknown, user?: Account) {
    const headers: Record<string, string> = user ? { authorization: `JWT ${await this.token(user)}` } : {};
    return this.request.post(`${this.baseUrl}${path}`, { headers, data });
  }

  async patch(path: string, data: unknown, user: Account) {
    return this.request.patch(`${this.baseUrl}${path}`, {
      headers: { authorization: `JWT ${await this.token(user)}` },
      data,
    });
  }

  /** Uploads a file to an upload collection, with the document's other fields. */
  async upload(
    collection: string,
    file: { name: string; mimeType: string; buffer: Buffer },
    data: unknown,
    user: Account,
  ) {
    return this.request.post(`${this.baseUrl}/api/${collection}`, {
      headers: { authorization: `JWT ${await this.token(user)}` },
      multipart: { file, _payload: JSON.stringify(data) },
    });
  }

  async find(collection: string, query: string, user?: Account): Promise<Docs> {
    const response = await this.get(`/api/${collection}?${query}`, user);
    expect(response.status(), `GET /api/${collection}?${query}`).toBe(200);
    return (await response.json()) as Docs;
  }

  /** A new editor account of the test's own, so parallel tests never share a login session. */
  async createEditor(): Promise<Account & { id: number }> {
    const account = {
      email: `editor-${uniqueSuffix()}@example.com`,
      password: `pw-${uniqueSuffix()}-${uniqueSuffix()}`,
    };
    const response = await this.post(
      '/api/users',
      { ...account, name: 'Test editor', role: 'editor' },
      demoUsers.admin,
    );
    expect(response.status(), 'create a test editor').toBe(201);
    const { doc } = (await response.json()) as { doc: { id: number } };
    return { ...account, id: doc.id };
  }

  async delete(collection: string, id: number | string, user: Account): Promise<void> {
    const response = await this.request.delete(`${this.baseUrl}/api/${collection}/${id}`, {
      headers: { authorization: `JWT ${await this.token(user)}` },
    });
    // Already gone is fine: cleanup may run after a test that removed it itself.
    expect([200, 404], `DELETE /api/${collection}/${id}`).toContain(response.status());
  }
}
