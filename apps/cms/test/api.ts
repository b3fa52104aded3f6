import { visitorAddressHeaders } from '@paseo/server';
import { inject } from 'vitest';

export const cmsUrl = inject('cmsUrl');

/**
 * Headers that make a request count as coming from `address`, as the public site names the visitor
 * it acts for; so tests can be many clients although every request comes from this machine.
 */
export const asVisitor = (address: string) => visitorAddressHeaders(address, inject('revalidateSecret'));

/** A random documentation address (2001:db8::/32), for one test's own client. */
export const someAddress = () =>
  `2001:db8::${Math.floor(Math.random() * 0xffff).toString(16)}:${Math.floor(Math.random() * 0xffff).toString(16)}`;

export type Json = Record<string, unknown>;
export type ApiResponse = { status: number; body: Json };

/** A REST call to the CMS, as a visitor (no token) or as a logged-in user. */
export async function api(
  path: string,
  {
    method = 'GET',
    token,
    body,
    headers = {},
  }: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiResponse> {
  const response = await fetch(`${cmsUrl}${path}`, {
    method,
    headers: {
      ...(body !== undefined && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `JWT ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: Json = {};
  try {
    parsed = text ? (JSON.parse(text) as Json) : {};
  } catch {
    parsed = { text };
  }
  return { status: response.status, body: parsed };
}

export async function graphql(query: string, token?: string): Promise<{ status: number; body: Json }> {
  return api('/api/graphql', { method: 'POST', token, body: { query } });
}

export async function login(email: string, password: string): Promise<string> {
  const { status, body } = await api('/api/users/login', { method: 'POST', body: { email, password } });
  if (status !== 200 || typeof body.token !== 'string')
    throw new Error(`login ${email}: ${status} ${JSON.stringify(body)}`);
  return body.token;
}

export const asAdmin = () => login('admin@example.com', 'paseo-demo-admin');
export const asEditor = () => login('editor@example.com', 'paseo-demo-editor');

/** The field paths a validation error names, from Payload's REST error shape. */
export function errorPaths(body: Json): string[] {
  const errors = (body.errors ?? []) as { data?: { errors?: { path?: string }[] } }[];
  return errors.flatMap((error) => (error.data?.errors ?? []).map((e) => e.path ?? ''));
}

export async function count(collection: string, token: string, query = ''): Promise<number> {
  const { body } = await api(`/api/${collection}?limit=0&depth=0&draft=true${query}`, { token });
  return Number(body.totalDocs);
}

export const suffix = () => Math.random().toString(36).slice(2, 8);
