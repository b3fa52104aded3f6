import { describe, expect, it } from 'vitest';
import { localeOrDefault, localize } from './locales.js';

describe('localize', () => {
  it('gives the English value, or the Spanish one until English is written', () => {
    expect(localize({ es: 'Mercado', en: 'Market' }, 'en')).toBe('Market');
    expect(localize({ es: 'Mercado', en: 'Market' }, 'es')).toBe('Mercado');
    expect(localize({ es: 'mercado' }, 'en')).toBe('mercado');
    expect(localize({ es: 'mercado', en: null }, 'en')).toBe('mercado');
  });
});

describe('localeOrDefault', () => {
  it('keeps our languages and reads anything else as Spanish', () => {
    expect(localeOrDefault('en')).toBe('en');
    expect(localeOrDefault('es')).toBe('es');
    for (const other of ['fr', 'EN', '', undefined, null, 3, ['en']])
      expect(localeOrDefault(other)).toBe('es');
  });
});
