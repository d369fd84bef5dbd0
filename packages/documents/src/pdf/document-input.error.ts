// The error the PDF renderers throw for input a caller got wrong, naming the field, before
// any byte of the document is written.
import type { z } from 'zod';
import { fieldPath } from '../field-path.js';

export class DocumentInputError extends Error {
  readonly code = 'DOCUMENT_INPUT_INVALID';

  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`${field}: ${problem}`);
    this.name = 'DocumentInputError';
  }
}

/** The parsed value, or a DocumentInputError naming the first offending field under `root`. */
export function parseDocumentInput<Schema extends z.ZodType>(schema: Schema, input: unknown, root: string): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new DocumentInputError(fieldPath(root, issue.path), issue.message);
}
