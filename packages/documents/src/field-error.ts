// The shape of every input error this package throws: the field at fault and what is wrong
// with it, in one message a form or a job log can show as it is.
import { fieldPath } from './field-path.js';

export abstract class FieldError extends Error {
  abstract readonly code: string;

  constructor(
    readonly field: string,
    problem: string,
  ) {
    super(`${field}: ${problem}`);
    this.name = new.target.name;
  }
}

/** A validation issue (zod's, or any with a path and a message) as the field error `make` builds. */
export const fromIssue = <E extends FieldError>(make: (field: string, problem: string) => E, root: string, issue: { path: readonly PropertyKey[]; message: string }): E =>
  make(fieldPath(root, issue.path), issue.message);
