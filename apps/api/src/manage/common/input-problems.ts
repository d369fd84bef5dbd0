// Helpers that keep BAD_USER_INPUT errors pointing at the field the client actually sent,
// when a domain schema names it differently (e.g. the schema's startsAt is the input's startTime).
import { BadUserInputError, DomainError, type FieldProblem } from '../../common/errors/domain-error.js';

/** Runs `work`; a BAD_USER_INPUT it throws gets its field names mapped through `names`. */
export function withFieldNames<T>(names: Readonly<Record<string, string>>, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'BAD_USER_INPUT') {
      throw new BadUserInputError(error.problems.map((p): FieldProblem => ({ field: rename(p.field, names), reason: p.reason })));
    }
    throw error;
  }
}

function rename(field: string, names: Readonly<Record<string, string>>): string {
  const [head = field, ...rest] = field.split('.');
  return [names[head] ?? head, ...rest].join('.');
}

export function badInput(field: string, reason: string): BadUserInputError {
  return new BadUserInputError([{ field, reason }]);
}

/** Runs `work`; a BAD_USER_INPUT it throws gets its fields put under `prefix` (a list argument). */
export function withFieldPrefix<T>(prefix: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'BAD_USER_INPUT') {
      throw new BadUserInputError(error.problems.map((p): FieldProblem => ({ field: p.field === 'input' ? prefix : `${prefix}.${p.field}`, reason: p.reason })));
    }
    throw error;
  }
}
