import { foldAccents } from './slug.js';

/**
 * The form text is compared in for search, in either language: accents folded, lower case,
 * punctuation dropped, whitespace collapsed. "León  Trotsky!" and "leon trotsky" share a key.
 */
export function searchKey(text: string): string {
  return foldAccents(text.toLowerCase())
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** True when every word of the query is found in the text, in any order. */
export function matchesSearch(text: string, query: string): boolean {
  const haystack = searchKey(text);
  const words = searchKey(query).split(' ').filter(Boolean);
  return words.length > 0 && words.every((word) => haystack.includes(word));
}
