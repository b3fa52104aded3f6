import { APIError, type CollectionBeforeOperationHook, type FlattenedField, type Where } from 'payload';
import { asId, fieldAtPath, idTypeOf } from '../lib/references';

/** On a reference field, every operator but `exists` compares with ids. */
const takesIds = (operator: string) => operator !== 'exists';

const listOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value];

type Problem = { path: string; message: string };

function malformed(fields: readonly FlattenedField[], where: Where, idType: 'number' | 'text'): Problem[] {
  const problems: Problem[] = [];
  for (const [key, constraint] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(constraint)) {
      for (const nested of constraint) problems.push(...malformed(fields, nested as Where, idType));
      continue;
    }
    const field = fieldAtPath(fields, key);
    const isReference = field && (field.type === 'relationship' || field.type === 'upload');
    if (!isReference || Array.isArray(field.relationTo) || typeof constraint !== 'object' || !constraint) {
      continue;
    }
    for (const [operator, value] of Object.entries(constraint)) {
      if (!takesIds(operator) || value === null) continue;
      const bad = listOf(value).filter((item) => item !== null && asId(item, idType) === undefined);
      if (bad.length > 0) {
        problems.push({
          path: key,
          message: `${bad.map((item) => JSON.stringify(item)).join(', ')} is not an id`,
        });
      }
    }
  }
  return problems;
}

/**
 * A query that compares a reference field with something that cannot be an id (`?where[category]
 * [equals]=abc`) is answered 400 naming the field; the database would otherwise fail on the cast.
 */
export const refuseMalformedReferenceQueries: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const where = (args as { where?: Where }).where;
  if (!where || typeof where !== 'object') return args;
  const problems = malformed(collection.flattenedFields, where, idTypeOf(req));
  if (problems.length > 0) {
    const message = problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ');
    // The same shape as a validation error's, so clients read the field names the same way.
    throw new APIError(message, 400, { errors: problems }, true);
  }
  return args;
};
