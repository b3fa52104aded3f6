import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldAccents, slugFromName, slugify, slugMaxLength, slugSchema } from './slug.js';

describe('slugify', () => {
  it.each([
    ['León Trotsky', 'leon-trotsky'],
    ['Museo Casa de León Trotsky', 'museo-casa-de-leon-trotsky'],
    ['Teatro Bar "El Vicio" / La Capilla', 'teatro-bar-el-vicio-la-capilla'],
    ['  Coyoacán   Market  ', 'coyoacan-market'],
    ['Señora Ñañez & Cía.', 'senora-nanez-cia'],
    ['Frida’s house', 'fridas-house'],
    ['CENART 2026', 'cenart-2026'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => slugify(slugify(text)) === slugify(text)),
    );
  });

  it('always yields a valid slug or nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const slug = slugify(text);
        return slug === '' || slugSchema.safeParse(slug).success;
      }),
    );
  });
});

describe('foldAccents', () => {
  it('removes diacritics but keeps the letters', () => {
    expect(foldAccents('Coyoacán, Ñuñoa, pingüino')).toBe('Coyoacan, Nunoa, pinguino');
  });
});

describe('slugSchema', () => {
  it.each(['León', 'two--hyphens', '-leading', 'trailing-', 'with space', ''])('rejects %j', (value) => {
    expect(slugSchema.safeParse(value).success).toBe(false);
  });
});

describe('slugFromName', () => {
  it('keeps a short name whole', () => {
    expect(slugFromName('Museo Frida Kahlo')).toBe('museo-frida-kahlo');
  });

  it('cuts a long name after a whole word, within the limit', () => {
    const slug = slugFromName('palabra '.repeat(100));
    expect(slug.length).toBeLessThanOrEqual(slugMaxLength);
    expect(slugSchema.safeParse(slug).success).toBe(true);
    expect(slug.endsWith('palabra')).toBe(true);
  });

  it('never yields an invalid slug', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const slug = slugFromName(text);
        return slug === '' || slugSchema.safeParse(slug).success;
      }),
    );
  });
});
