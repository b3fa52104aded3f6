import { searchKey } from '@paseo/domain';
import type { CollectionBeforeChangeHook } from 'payload';
import { valuesByLocale } from '../lib/otherLocale';

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
 * English, and a search key built from both languages, so "leon" finds "León" in either.
 */
export function indexLanguages({
  translatable,
  searchable,
}: {
  translatable: readonly string[];
  searchable: readonly string[];
}): CollectionBeforeChangeHook {
  return async (args) => {
    const { es, en } = await valuesByLocale(args);
    const missing = translatable.filter((field) => !isFilled(en[field]));
    const words = [es, en].flatMap((values) =>
      searchable.map((field) => values[field]).filter((v): v is string => typeof v === 'string'),
    );
    return {
      ...args.data,
      untranslated: missing.length > 0 ? `English missing: ${missing.join(', ')}` : '',
      searchText: searchKey([...new Set(words)].join(' ')),
    };
  };
}
