import { env } from '../env';

/** What changed on the public site: the pages to re-render and the cache tags to drop. */
export type SiteChange = { paths: string[]; tags: string[] };

type Logger = {
  info: (message: string) => void;
  warn: (message: string) => void;
  error: (message: string) => void;
};

export type NotifyOptions = {
  siteUrl?: string | undefined;
  secret?: string | undefined;
  attempts?: number;
  firstDelayMs?: number;
  logger?: Logger;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Tells the public site which pages changed, retrying with growing pauses. It never throws:
 * an editor's save must not wait on the site, nor fail because of it. Returns whether the site
 * took the change, for the log and for tests.
 */
export async function notifySite(change: SiteChange, options: NotifyOptions = {}): Promise<boolean> {
  const {
    siteUrl = env().WEB_URL,
    secret = env().REVALIDATE_SECRET,
    attempts = 5,
    firstDelayMs = 500,
    logger = console,
  } = options;
  if (!siteUrl || !secret) {
    logger.warn(
      'notifySite: WEB_URL or REVALIDATE_SECRET is not set; the public site was not told of a change',
    );
    return false;
  }
  const endpoint = new URL('/api/revalidate', siteUrl);
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify(change),
        signal: AbortSignal.timeout(5000),
      });
      if (response.ok) {
        logger.info(`notifySite: site refreshed ${change.paths.length} paths, ${change.tags.length} tags`);
        return true;
      }
      logger.warn(`notifySite: attempt ${attempt}/${attempts} answered ${response.status}`);
    } catch (error) {
      logger.warn(`notifySite: attempt ${attempt}/${attempts} failed: ${String(error)}`);
    }
    if (attempt < attempts) await sleep(firstDelayMs * 2 ** (attempt - 1));
  }
  logger.error(`notifySite: gave up after ${attempts} attempts; paths ${change.paths.join(', ')}`);
  return false;
}
