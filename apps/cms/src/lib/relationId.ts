/**
 * The id a relationship holds, whether the admin's form or a save gives the id alone or the
 * document it points at. Imports nothing, so the admin's client components can use it too.
 */
export function relationId(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : value;
}
