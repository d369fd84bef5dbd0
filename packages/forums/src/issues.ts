// Turns a zod error into lines a person can act on, each naming the field: "endDate: ... ".
import type { z } from 'zod';

export interface FieldIssue {
  /** Dotted path of the field, e.g. "parties.1" or "name.en"; empty for the whole input. */
  field: string;
  message: string;
}

export function describeIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message }));
}

/** One line per issue, "field: reason", for logs, CLI output and seed failures. */
export function formatIssues(error: z.ZodError): string {
  return describeIssues(error)
    .map(({ field, message }) => (field ? `${field}: ${message}` : message))
    .join('\n');
}
