// The error the PDF renderers throw for input a caller got wrong, naming the field, before
// any byte of the document is written.
import type { z } from 'zod';
import { FieldError, fromIssue } from '../field-error.js';

export class DocumentInputError extends FieldError {
  readonly code = 'DOCUMENT_INPUT_INVALID';
}

/** The parsed value, or a DocumentInputError naming the first offending field under `root`. */
export function parseDocumentInput<Schema extends z.ZodType>(schema: Schema, input: unknown, root: string): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw fromIssue((field, problem) => new DocumentInputError(field, problem), root, parsed.error.issues[0]!);
}
