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
  /** How long one CMS call may take. A page makes at most two rounds of calls, so this bounds its wait. */
  timeoutMs?: number;
  /** Shared by every client of one process, so an outage seen by one request spares the others the wait. */
  breaker?: CircuitBreaker;
};

export type CmsClient = {
  /** A cached GET; `tags` name the content the answer depends on. */
  get(path: string, query: Query, tags: readonly string[], check?: (body: unknown) => void): Promise<unknown>;
  /**
   * A cached GET of every entry that matches, asked page by page (the CMS caps a page's size), as
   * one answer `{ docs, totalDocs }`.
   */
  getAll(
    path: string,
    query: Query,
    tags: readonly string[],
    check?: (body: unknown) => void,
  ): Promise<unknown>;
  /** An uncached GET, for previews. */
  getFresh(path: string, query: Query): Promise<unknown>;
  /** An uncached `getAll`, for what is built from several reads and cached whole with `cached`. */
  getAllFresh(path: string, query: Query): Promise<unknown>;
  /** Anything built from CMS answers, kept like a cached GET under `key` until one of `tags` changes. */
  cached: CachedLoader;
  baseUrl: string;
};

/** The digest a render error carries to the error page, which then says "temporarily unavailable". */
export const CMS_UNAVAILABLE_DIGEST = 'CMS_UNAVAILABLE';

/** The CMS could not give a trustworthy answer; nothing built from it may be cached. */
export class CmsUnavailableError extends Error {
  override name = 'CmsUnavailableError';
  readonly digest = CMS_UNAVAILABLE_DIGEST;
}

export function apiUrl(baseUrl: string, path: string, query: Query): string {
  const url = new URL(path, `${baseUrl.replace(/\/$/, '')}/`);
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.set(key, String(value));
  }
  return url.toString();
}

/**
 * Stops asking a CMS that keeps failing: after `threshold` failures in a row every call fails at
 * once for `coolDownMs`, then one call is let through to see whether it is back. While the CMS is
 * down, visitors get the last good page or a quick "unavailable" instead of each waiting for the
 * timeout, and a struggling CMS is not buried under retries.
 */
export class CircuitBreaker {
  private failures = 0;
  private openUntil = 0;
  private probing = false;

  constructor(
    private readonly threshold = 3,
    private readonly coolDownMs = 5_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether a call may go out now; when it may not, the caller fails without asking. */
  allow(): boolean {
    if (this.failures < this.threshold) return true;
    if (this.now() < this.openUntil || this.probing) return false;
    this.probing = true;
    return true;
  }

  succeeded(): void {
    this.failures = 0;
    this.probing = false;
  }

  failed(): void {
    this.failures += 1;
    this.probing = false;
    if (this.failures >= this.threshold) this.openUntil = this.now() + this.coolDownMs;
  }

  get isOpen(): boolean {
    return this.failures >= this.threshold && this.now() < this.openUntil;
  }
}

/** The most entries the site asks for in one page; the CMS refuses more from anonymous readers. */
export const PAGE_SIZE = 100;
/** How many of those pages the site asks for at once when it needs every entry. */
const PAGES_AT_ONCE = 4;

type ListPage = { docs?: unknown; totalDocs?: unknown; totalPages?: unknown };

const passThrough: CachedLoader = (load) => load();

export function createCmsClient({
  baseUrl,
  fetch: fetchImpl = fetch,
  cached = passThrough,
  headers = {},
  timeoutMs = 2_500,
  breaker = new CircuitBreaker(),
}: CmsClientOptions): CmsClient {
  async function getJson(path: string, query: Query): Promise<unknown> {
    const url = apiUrl(baseUrl, path, query);
    if (!breaker.allow())
      throw new CmsUnavailableError(`CMS marked down after repeated failures; not asking ${url}`);
    let response: Response;
    try {
      response = await fetchImpl(url, {
        cache: 'no-store',
        headers: { accept: 'application/json', ...headers },
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      breaker.failed();
      throw new CmsUnavailableError(`CMS unreachable at ${url}: ${String(error)}`);
    }
    // A 4xx is the CMS answering (a bad query), not the CMS failing.
    if (response.status >= 500) breaker.failed();
    else breaker.succeeded();
    if (!response.ok) throw new CmsUnavailableError(`CMS answered ${response.status} for ${url}`);
    try {
      return await response.json();
    } catch (error) {
      throw new CmsUnavailableError(`CMS sent a body that is not JSON for ${url}: ${String(error)}`);
    }
  }

  async function getEveryPage(path: string, query: Query): Promise<unknown> {
    // A stable order, so entries do not move between pages while they are read.
    const base: Query = { sort: 'id', ...query, pagination: undefined, limit: PAGE_SIZE };
    const first = (await getJson(path, { ...base, page: 1 })) as ListPage | null;
    if (!Array.isArray(first?.docs)) return first;
    const totalPages = typeof first.totalPages === 'number' ? first.totalPages : 1;
    const rest: unknown[][] = [];
    // A few pages at a time: a city of 10,000 venues is 100 pages, and asking for all at once would
    // queue them behind each other in the CMS until the last ones ran out of time.
    let nextPage = 2;
    const readPages = async () => {
      for (let page = nextPage++; page <= totalPages; page = nextPage++) {
        const docs = ((await getJson(path, { ...base, page })) as ListPage | null)?.docs;
        if (!Array.isArray(docs))
          throw new CmsUnavailableError(`CMS answer for ${path} page ${page} has no docs`);
        rest[page - 2] = docs;
      }
    };
    await Promise.all(Array.from({ length: Math.min(PAGES_AT_ONCE, totalPages - 1) }, readPages));
    const docs = [...first.docs, ...rest.flat()];
    return { docs, totalDocs: docs.length };
  }

  function cachedGet(read: (path: string, query: Query) => Promise<unknown>, kind: string): CmsClient['get'] {
    return (path, query, tags, check) => {
      const key = ['cms', kind, path, JSON.stringify(Object.entries(query).sort())];
      return cached(
        async () => {
          const body = await read(path, query);
          check?.(body);
          return body;
        },
        key,
        tags,
      );
    };
  }

  return {
    baseUrl,
    get: cachedGet(getJson, 'one'),
    getAll: cachedGet(getEveryPage, 'all'),
    getFresh: getJson,
    getAllFresh: getEveryPage,
    cached,
  };
}
