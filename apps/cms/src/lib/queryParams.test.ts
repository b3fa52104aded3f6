import { describe, expect, it } from 'vitest';
import { coordinate, readNumbers, wholeNumber } from './queryParams';

const read = (query: string) =>
  readNumbers(new URLSearchParams(query), { latitude: coordinate(90), page: wholeNumber(1) });

describe('readNumbers', () => {
  it('reads the numbers, and a default for what is absent', () => {
    expect(read('latitude=-19.35&page=3')).toEqual({ values: { latitude: -19.35, page: 3 } });
    expect(read('latitude=0')).toEqual({ values: { latitude: 0, page: 1 } });
  });

  it('refuses with every reason at once, naming each parameter', async () => {
    const result = read('latitude=91&page=2.5');
    if (!('refused' in result)) throw new Error('expected a refusal');
    expect(result.refused.status).toBe(400);
    expect(await result.refused.json()).toEqual({
      errors: [
        { message: 'latitude must be a number between -90 and 90' },
        { message: 'page must be a whole number from 1 to 1000000' },
      ],
    });
  });

  it('refuses what is not quite a number: blank, words, zero, too many digits', () => {
    for (const query of [
      'latitude=',
      'latitude=norte',
      'latitude=1e400',
      'latitude=5&page=0',
      'latitude=5&page=99999999',
    ]) {
      expect('refused' in read(query), query).toBe(true);
    }
  });
});
