import type { CollectionSlug, PayloadRequest } from 'payload';

/**
 * Reads an entry in another language inside the same transaction as the save in progress.
 * Payload's local API switches `req.locale` to the one asked for; the save's own language is put
 * back afterwards, or the rest of the save would write into the wrong language.
 */
export async function findInLocale(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
  locale: 'es' | 'en' | 'all',
): Promise<Record<string, unknown> | null> {
  const saved = { locale: req.locale, fallbackLocale: req.fallbackLocale };
  try {
    return (await req.payload.findByID({
      collection,
      id,
      locale,
      fallbackLocale: false,
      draft: true,
      depth: 0,
      req,
      disableErrors: true,
    })) as Record<string, unknown> | null;
  } catch {
    return null;
  } finally {
    req.locale = saved.locale;
    req.fallbackLocale = saved.fallbackLocale;
  }
}
