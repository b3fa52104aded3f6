/**
 * The page numbers to offer from `page` of `total`: the first, the last and two either side of
 * the current one, with `undefined` where numbers are left out.
 */
export function pagesAround(page: number, total: number): (number | undefined)[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, total])]
    .filter((n) => n >= 1 && n <= total)
    .sort((a, b) => a - b);
  return shown.flatMap((n, i) => {
    const before = shown[i - 1];
    if (before === undefined || n - before === 1) return [n];
    // A gap of one page shows that page: an ellipsis would take as much room.
    return n - before === 2 ? [before + 1, n] : [undefined, n];
  });
}
