// Cap on the root fields of one operation. Aliases let one request repeat a field (a mutation, a
// costly read) as often as it likes, and the cost limit prices each repetition as cheap; this
// counts what the operation selects at its root, fragments included, and refuses more than the
// limit before anything runs.
import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import { QueryRejectedError } from './query-rejected.error.js';

function countRootFields(selectionSet: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>, seen: Set<string>): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      // __typename costs nothing and is what clients add by habit.
      if (selection.name.value !== '__typename') count += 1;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += countRootFields(selection.selectionSet, fragments, seen);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // A spread used twice selects the same fields again; a cycle is refused by validation.
      if (!fragment || seen.has(name)) continue;
      seen.add(name);
      count += countRootFields(fragment.selectionSet, fragments, seen);
      seen.delete(name);
    }
  }
  return count;
}

/** The most root fields any operation of the document selects. */
export function rootFieldCount(document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  let most = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) most = Math.max(most, countRootFields(definition.selectionSet, fragments, new Set()));
  }
  return most;
}

/** Throws QUERY_TOO_WIDE naming the limit when an operation selects more root fields than `limit`. */
export function assertRootFields(document: DocumentNode, limit: number): void {
  const count = rootFieldCount(document);
  if (count > limit) {
    throw new QueryRejectedError(
      'QUERY_TOO_WIDE',
      `The operation selects ${count} root fields (aliases included), more than the limit of ${limit}. Split it into several requests.`,
      limit,
      count,
    );
  }
}
