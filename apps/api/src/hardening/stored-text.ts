// Text that PostgreSQL cannot store: U+0000. A NUL reaching a query fails inside the database
// ("invalid byte sequence"), which would surface as an internal error; it is refused here, before
// anything runs, naming the variable or the argument that carries it. Other control characters
// are the domain's business (localized texts refuse them, see @caravan/regions).
import { GraphQLError, visit, type DocumentNode } from 'graphql';

const NUL = '\u0000';

/** The path of the first string holding a NUL inside a variable's value, or null. */
function nulPath(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes(NUL) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulPath(item, `${path}.${index}`);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes(NUL)) return `${path}.${key.replaceAll(NUL, '\\u0000')}`;
      const found = nulPath(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

export class UnstorableTextError extends Error {
  override readonly name = 'UnstorableTextError';
  readonly statusCode = 400;
  readonly errors: GraphQLError[];

  constructor(field: string) {
    const reason = 'must not contain the NUL character (U+0000)';
    super(`Invalid input: ${field} ${reason}.`);
    this.errors = [new GraphQLError(this.message, { extensions: { code: 'BAD_USER_INPUT', problems: [{ field, reason }] } })];
  }
}

/** Throws UnstorableTextError when a variable or a string literal of the document holds a NUL. */
export function assertStorableText(document: DocumentNode, variables: Record<string, unknown> | undefined): void {
  for (const [name, value] of Object.entries(variables ?? {})) {
    const found = nulPath(value, name);
    if (found) throw new UnstorableTextError(found);
  }
  let literal: string | null = null;
  visit(document, {
    Argument(node) {
      if (literal !== null) return false;
      let holds = false;
      visit(node.value, { StringValue: (string) => void (holds ||= string.value.includes(NUL)) });
      if (holds) literal = node.name.value;
      return false;
    },
  });
  if (literal !== null) throw new UnstorableTextError(literal);
}
