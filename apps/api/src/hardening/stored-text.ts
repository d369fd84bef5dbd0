// Text no input may carry, in any string of any operation: U+0000, which PostgreSQL cannot store
// (a NUL reaching a query fails inside the database as "invalid byte sequence", which would
// surface as an internal error), and the other C0 and C1 control characters but tab and line
// breaks, which no person types, which XML 1.0 cannot carry (schedule.xml would break) and which
// can hide text in logs and exports. Localized texts and plain strings are held to the same rule
// (@caravan/regions isPlainText). It is refused here, before anything runs, naming the variable
// or the argument that carries it.
import { isPlainText } from '@caravan/regions';
import { GraphQLError, visit, type DocumentNode } from 'graphql';

const NUL = '\u0000';

/** Why a string cannot be taken, or null when it can. */
function refusal(value: string): string | null {
  if (value.includes(NUL)) return 'must not contain the NUL character (U+0000)';
  if (!isPlainText(value)) return 'must not contain control characters (other than tab and line breaks)';
  return null;
}

interface Found {
  field: string;
  reason: string;
}

/** The path of the first string (or object key) inside a variable's value that cannot be taken, and why. */
function refusedPath(value: unknown, path: string): Found | null {
  if (typeof value === 'string') {
    const reason = refusal(value);
    return reason ? { field: path, reason } : null;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = refusedPath(item, `${path}.${index}`);
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const keyReason = refusal(key);
      if (keyReason) return { field: `${path}.${JSON.stringify(key).slice(1, -1)}`, reason: keyReason };
      const found = refusedPath(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

export class UnstorableTextError extends Error {
  override readonly name = 'UnstorableTextError';
  readonly statusCode = 400;
  readonly errors: GraphQLError[];

  constructor({ field, reason }: Found) {
    super(`Invalid input: ${field} ${reason}.`);
    this.errors = [new GraphQLError(this.message, { extensions: { code: 'BAD_USER_INPUT', problems: [{ field, reason }] } })];
  }
}

/** Throws UnstorableTextError when a variable or a string literal of the document holds a refused character. */
export function assertStorableText(document: DocumentNode, variables: Record<string, unknown> | undefined): void {
  for (const [name, value] of Object.entries(variables ?? {})) {
    const found = refusedPath(value, name);
    if (found) throw new UnstorableTextError(found);
  }
  let literal: Found | null = null;
  visit(document, {
    Argument(node) {
      if (literal !== null) return false;
      let reason: string | null = null;
      visit(node.value, { StringValue: (string) => void (reason ??= refusal(string.value)) });
      if (reason) literal = { field: node.name.value, reason };
      return false;
    },
  });
  if (literal !== null) throw new UnstorableTextError(literal);
}
