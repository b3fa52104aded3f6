import {
  type ASTNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * Refuses GraphQL queries nested deeper than `maxDepth` fields. Each level can multiply the answer
 * (documents that refer to each other), which the complexity score Payload computes does not see.
 * Introspection (`__schema`, `__type`) is left alone: it is deep but bounded by the schema.
 */
export function graphqlDepthLimit(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const depthOf = (selectionSet: SelectionSetNode | undefined, visiting: Set<string>): number => {
      let deepest = 0;
      for (const selection of selectionSet?.selections ?? []) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__')) continue;
          deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, visiting));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, visiting));
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          // A fragment that spreads itself is reported by GraphQL's own rules.
          if (!fragment || visiting.has(name)) continue;
          deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set([...visiting, name])));
        }
        if (deepest > maxDepth) return deepest;
      }
      return deepest;
    };
    return {
      OperationDefinition(operation: ASTNode) {
        if (operation.kind !== Kind.OPERATION_DEFINITION) return;
        const depth = depthOf(operation.selectionSet, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`The query is nested ${depth} fields deep; at most ${maxDepth} are allowed.`, {
              nodes: [operation],
            }),
          );
        }
      },
    };
  };
}
