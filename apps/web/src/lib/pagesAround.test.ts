import { describe, expect, it } from 'vitest';
import { pagesAround } from './pagesAround';

describe('pagesAround', () => {
  it('offers every page of a short list', () => {
    expect(pagesAround(1, 1)).toEqual([1]);
    expect(pagesAround(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it('keeps the first, the last and two either side, with gaps between', () => {
    expect(pagesAround(1, 418)).toEqual([1, 2, 3, undefined, 418]);
    expect(pagesAround(200, 418)).toEqual([1, undefined, 198, 199, 200, 201, 202, undefined, 418]);
    expect(pagesAround(418, 418)).toEqual([1, undefined, 416, 417, 418]);
  });

  it('leaves no gap where only neighbours are missing', () => {
    expect(pagesAround(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pagesAround(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, undefined, 10]);
  });
});
