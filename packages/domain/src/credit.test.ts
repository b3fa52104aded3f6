import { describe, expect, it } from 'vitest';
import { creditLine, creditSchema } from './credit.js';

const credit = {
  title: 'Casa de León Trotsky',
  author: 'Tonatiuh101',
  sourceName: 'Wikimedia Commons',
  sourceUrl: 'https://commons.wikimedia.org/wiki/File:Example.jpg',
  licenseName: 'CC BY-SA 4.0',
  licenseUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
};

describe('creditLine', () => {
  it('reads in TASL order in English', () => {
    expect(creditLine(credit, 'en')).toBe(
      '“Casa de León Trotsky” by Tonatiuh101, via Wikimedia Commons, licensed under CC BY-SA 4.0',
    );
  });

  it('reads in TASL order in Spanish', () => {
    expect(creditLine(credit, 'es')).toBe(
      '«Casa de León Trotsky», de Tonatiuh101, vía Wikimedia Commons, con licencia CC BY-SA 4.0',
    );
  });
});

describe('creditSchema', () => {
  it.each(['author', 'licenseName', 'licenseUrl', 'sourceUrl', 'title', 'sourceName'] as const)(
    'rejects a credit without %s, naming it',
    (field) => {
      const { [field]: _removed, ...rest } = credit;
      const result = creditSchema.safeParse(rest);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual([field]);
    },
  );

  it('rejects a licence link that is not http(s)', () => {
    const result = creditSchema.safeParse({ ...credit, licenseUrl: 'javascript:alert(1)' });
    expect(result.error?.issues[0]?.path).toEqual(['licenseUrl']);
  });
});
