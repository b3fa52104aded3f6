const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/**
 * The browser origins allowed to call the CMS with an editor's cookie (CSRF) or across sites
 * (CORS): the CMS's own and the site's. An origin on this machine is listed under every loopback
 * name it answers to, so the admin opened at http://127.0.0.1:3001 works like http://localhost:3001.
 */
export function trustedOrigins(urls: (string | undefined)[]): string[] {
  const origins = new Set<string>();
  for (const value of urls) {
    if (!value) continue;
    const url = URL.canParse(value) ? new URL(value) : undefined;
    if (url?.protocol !== 'http:' && url?.protocol !== 'https:') {
      throw new Error(`"${value}" is not a URL (CMS_URL, WEB_URL and SITE_URL must be full http(s) URLs)`);
    }
    origins.add(url.origin);
    if (LOOPBACK_HOSTS.includes(url.hostname)) {
      for (const host of LOOPBACK_HOSTS) {
        const alias = new URL(url.origin);
        alias.hostname = host;
        origins.add(alias.origin);
      }
    }
  }
  return [...origins];
}
