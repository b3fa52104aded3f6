/**
 * The one door to the CMS: a GET of its REST API, answered from the site's data cache when the
 * answer is already there. Errors are thrown, never cached, so a page that needs a CMS that is
 * down keeps its last good render instead of caching a broken one.
 */

export type QueryValue = string | number | boolean | undefined;
export type Query = Record<string, QueryValue>;

/** Runs `load` once per `key` and keeps its result until one of `tags` is revalidated. */
export type CachedLoader = <T>(
  load: () => Promise<T>,
  key: readonly string[],
  tags: readonly string[],
) => Promise<T>;

export type CmsClientOptions = {
  baseUrl: string;
  fetch?: typeof fetch;
  cached?: CachedLoader;
  /** Extra request headers, e.g. an API key for draft previews. */
  headers?: Record<string, string>;
  timeoutMs?: number;
};

export type CmsClient = {
  /** A cached GET; `tags` name the content the answer depends on. */
  get(path: string, query: Query, tags: readonly string[], check?: (body: unknown) => void): Promise<unknown>;
  /** An uncached GET, for search and previews. */
  getFresh(path: string, query: Query): Promise<unknown>;
  baseUrl: string;
};

/** The CMS could not give a trustworthy answer; nothing built from it may be cached. */
export class CmsUnavailableError extends Error {
  override name = 'CmsUnavailableError';
}

export function apiUrl(baseUrl: string, path: string, query: Query): string {
  const url = new URL(path, `${baseUrl.replace(/\/$/, '')}/`);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

const passThrough: CachedLoader = (load) => load();

export function createCmsClient({
  baseUrl,
  fetch: fetchImpl = fetch,
  cached = passThrough,
  headers = {},
  timeoutMs = 10_000,
}: CmsClientOptions): CmsClient {
  async function getJson(path: string, query: Query): Promise<unknown> {
    const url = apiUrl(baseUrl, path, query);
    let response: Response;
    try {
      response = await fetchImpl(url, {
        cache: 'no-store',
        headers: { accept: 'application/json', ...headers },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new CmsUnavailableError(`CMS unreachable at ${url}: ${String(error)}`);
    }
    if (!response.ok) throw new CmsUnavailableError(`CMS answered ${response.status} for ${url}`);
    try {
      return await response.json();
    } catch (error) {
      throw new CmsUnavailableError(`CMS sent a body that is not JSON for ${url}: ${String(error)}`);
    }
  }

  return {
    baseUrl,
    get(path, query, tags, check) {
      const key = ['cms', path, JSON.stringify(Object.entries(query).sort())];
      return cached(
        async () => {
          const body = await getJson(path, query);
          check?.(body);
          return body;
        },
        key,
        tags,
      );
    },
    getFresh: getJson,
  };
}
