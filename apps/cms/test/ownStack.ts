/**
 * For tests that need a CMS of their own (to back it up, restore it, kill it): REST calls against
 * any CMS.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Json } from './api';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export async function call(
  base: string,
  route: string,
  { method = 'GET', token, body }: { method?: string; token?: string; body?: unknown } = {},
): Promise<{ status: number; body: Json }> {
  const response = await fetch(`${base}${route}`, {
    method,
    headers: {
      ...(body !== undefined && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Json) : {} };
}

export async function loginAt(base: string, email = 'admin@example.com', password = 'paseo-demo-admin') {
  const { status, body } = await call(base, '/api/users/login', {
    method: 'POST',
    body: { email, password },
  });
  if (status !== 200 || typeof body.token !== 'string') throw new Error(`login at ${base}: ${status}`);
  return body.token;
}

/** Every document of a collection, page by page (a page size the API is sure to allow). */
export async function allDocs(
  base: string,
  collection: string,
  token: string,
  query: string,
): Promise<Json[]> {
  const docs: Json[] = [];
  for (let page = 1; ; page++) {
    const { status, body } = await call(base, `/api/${collection}?limit=50&page=${page}&sort=id&${query}`, {
      token,
    });
    if (status !== 200) throw new Error(`${collection}?${query}: ${status} ${JSON.stringify(body)}`);
    docs.push(...(body.docs as Json[]));
    if (!body.hasNextPage) return docs;
  }
}
