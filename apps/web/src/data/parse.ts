/**
 * The boundary check: every CMS entry is read through a domain schema. An entry that does not
 * parse is logged with its problems and left out, so one bad entry never takes a page down.
 */

type Issue = { readonly path: readonly PropertyKey[]; readonly message: string };
type SafeParseResult<T> =
  | { success: true; data: T }
  | { success: false; error: { issues: readonly Issue[] } };
export type Parser<T> = { safeParse(value: unknown): SafeParseResult<T> };

function describe(doc: unknown): string {
  if (typeof doc !== 'object' || doc === null) return String(doc);
  const { id, slug } = doc as { id?: unknown; slug?: unknown };
  const slugText = typeof slug === 'object' && slug !== null ? (slug as { es?: unknown }).es : slug;
  return `id ${String(id ?? '?')}${slugText ? ` (${String(slugText)})` : ''}`;
}

export function parseEntry<D, T>(
  doc: D,
  map: (doc: D) => unknown,
  schema: Parser<T>,
  label: string,
): T | undefined {
  let mapped: unknown;
  try {
    mapped = map(doc);
  } catch (error) {
    // The answer is typed by the CMS's contract, not checked: a document that is not the shape
    // promised (null, a row that is not an object) is left out like one that fails its schema.
    console.error(`[paseo] left out ${label} ${describe(doc)}: ${String(error)}`);
    return undefined;
  }
  const result = schema.safeParse(mapped);
  if (result.success) return result.data;
  const problems = result.error.issues
    .slice(0, 8)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  console.error(`[paseo] left out ${label} ${describe(doc)}: ${problems}`);
  return undefined;
}

export function parseEntries<D, T>(
  docs: readonly D[],
  map: (doc: D) => unknown,
  schema: Parser<T>,
  label: string,
): T[] {
  return docs.flatMap((doc) => {
    const parsed = parseEntry(doc, map, schema, label);
    return parsed === undefined ? [] : [parsed];
  });
}

/** Like parseEntries, keeping each entry's CMS id beside it. */
export function parseWithIds<D extends { id: number }, T>(
  docs: readonly D[],
  map: (doc: D) => unknown,
  schema: Parser<T>,
  label: string,
): { id: number; value: T }[] {
  return docs.flatMap((doc) => {
    const value = parseEntry(doc, map, schema, label);
    return value === undefined ? [] : [{ id: doc.id, value }];
  });
}
