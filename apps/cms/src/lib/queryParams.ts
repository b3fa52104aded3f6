/** Reads one query parameter: the number, or the sentence that says what is wrong with it. */
type NumberReader = (value: string | null, name: string) => number | string;

/** Larger than any page or limit asked in earnest; past it an offset would overflow the database's. */
const LARGEST_WHOLE_NUMBER = 1_000_000;

/** A whole number from 1 to a million, `fallback` when absent. */
export const wholeNumber =
  (fallback: number): NumberReader =>
  (value, name) => {
    if (value === null) return fallback;
    return /^\d{1,7}$/.test(value) && Number(value) >= 1 && Number(value) <= LARGEST_WHOLE_NUMBER
      ? Number(value)
      : `${name} must be a whole number from 1 to ${LARGEST_WHOLE_NUMBER}`;
  };

/** A number between -`bound` and `bound` (a latitude or a longitude); required. */
export const coordinate =
  (bound: number): NumberReader =>
  (value, name) => {
    const number = value === null || value.trim() === '' ? Number.NaN : Number(value);
    return Number.isFinite(number) && Math.abs(number) <= bound
      ? number
      : `${name} must be a number between -${bound} and ${bound}`;
  };

/**
 * An endpoint's numeric query parameters, or a 400 that names every one that is wrong (so a caller
 * fixes them all at once).
 */
export function readNumbers<K extends string>(
  params: URLSearchParams,
  readers: Record<K, NumberReader>,
): { values: Record<K, number> } | { refused: Response } {
  const values = {} as Record<K, number>;
  const reasons: string[] = [];
  for (const name of Object.keys(readers) as K[]) {
    const read = readers[name](params.get(name), name);
    if (typeof read === 'string') reasons.push(read);
    else values[name] = read;
  }
  if (reasons.length === 0) return { values };
  return {
    refused: Response.json(
      { errors: reasons.map((message) => ({ message })) },
      { status: 400, headers: { 'cache-control': 'no-store' } },
    ),
  };
}
