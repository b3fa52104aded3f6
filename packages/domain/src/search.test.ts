import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesSearch, searchKey } from './search.js';

describe('searchKey', () => {
  it('folds accents, case, punctuation and spacing', () => {
    expect(searchKey('  León   TROTSKY! ')).toBe('leon trotsky');
    expect(searchKey('Teatro Bar "El Vicio"')).toBe('teatro bar el vicio');
  });

  it('gives a text and its accent-free, upper-case spelling the same key', () => {
    expect(searchKey('Coyoacán')).toBe(searchKey('COYOACAN'));
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => searchKey(searchKey(text)) === searchKey(text)),
      { numRuns: 5000 },
    );
  });
});

describe('matchesSearch', () => {
  it('finds "León Trotsky" from "leon trotsky" and from words in any order', () => {
    expect(matchesSearch('Museo Casa de León Trotsky', 'leon trotsky')).toBe(true);
    expect(matchesSearch('Museo Casa de León Trotsky', 'TROTSKY museo')).toBe(true);
  });

  it('needs every word', () => {
    expect(matchesSearch('Museo Casa de León Trotsky', 'leon kahlo')).toBe(false);
  });

  it('matches nothing for an empty query', () => {
    expect(matchesSearch('Museo', '  ')).toBe(false);
  });
});
