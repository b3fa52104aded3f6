import type { CollectionBeforeChangeHook } from 'payload';

const isFilled = (value: unknown): boolean => {
  if (typeof value === 'string') return value.trim().length > 0;
  if (value && typeof value === 'object' && 'root' in value) {
    const root = (value as { root?: { children?: unknown[] } }).root;
    return (root?.children?.length ?? 0) > 0;
  }
  return value !== null && value !== undefined;
};

/**
 * Keeps a note, shown in the sidebar and the list, of the visitor-facing fields that still have no
 * English: until then the site shows the Spanish text in their place.
 */
export function markUntranslated(fields: readonly string[]): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, req, collection }) => {
    let english: Record<string, unknown> = {};
    if (req.locale === 'en') {
      english = { ...(originalDoc ?? {}), ...data };
    } else if (originalDoc?.id !== undefined) {
      english =
        ((await req.payload
          .findByID({
            collection: collection.slug,
            id: originalDoc.id,
            locale: 'en',
            fallbackLocale: false,
            draft: true,
            depth: 0,
            req,
            disableErrors: true,
          })
          .catch(() => null)) as Record<string, unknown> | null) ?? {};
    }
    const missing = fields.filter((field) => !isFilled(english[field]));
    return { ...data, untranslated: missing.length > 0 ? `English missing: ${missing.join(', ')}` : '' };
  };
}
