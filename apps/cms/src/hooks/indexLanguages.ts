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

/** How the note of missing English begins; the admin shows the field names after it in its own words. */
const untranslatedPrefix = 'English missing: ';

/** The field names a note of missing English lists (empty for a complete entry). */
export const untranslatedFields = (note: string): string =>
  note.startsWith(untranslatedPrefix) ? note.slice(untranslatedPrefix.length) : note;

/** Which fields the language index reads. */
export type LanguageFields = { translatable: readonly string[]; searchable: readonly string[] };

/**
 * The note of the visitor-facing fields that still have no English, and a search key built from
 * both languages, for an entry's values in each.
 */
export function languageIndexOf(
  es: Record<string, unknown>,
  en: Record<string, unknown>,
  { translatable, searchable }: LanguageFields,
): { untranslated: string; searchText: string } {
  const missing = translatable.filter((field) => !isFilled(en[field]));
  const words = [es, en].flatMap((values) =>
    searchable.map((field) => values[field]).filter((v): v is string => typeof v === 'string'),
  );
  return {
    untranslated: missing.length > 0 ? `${untranslatedPrefix}${missing.join(', ')}` : '',
    searchText: searchKey([...new Set(words)].join(' ')),
  };
}

/**
 * Keeps a note, shown in the sidebar and the list, of the visitor-facing fields that still have no
 * English, and a search key built from both languages, so "leon" finds "León" in either.
 */
export function indexLanguages(fields: LanguageFields): CollectionBeforeChangeHook {
  return async (args) => {
    const { es, en } = await valuesByLocale(args);
    return { ...args.data, ...languageIndexOf(es, en, fields) };
  };
}
