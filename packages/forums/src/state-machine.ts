// A lifecycle as a declarative table (state -> states it may move to), with the three questions
// every caller asks of it. Small on purpose: no guards or side effects, those live in services.
import { ForumRuleError, type ForumRuleErrorCode } from './errors.js';

export interface Lifecycle<S extends string> {
  readonly states: readonly S[];
  can(from: S, to: S): boolean;
  next(from: S): readonly S[];
  /** Returns `to`, or throws the refusal: a ForumRuleError with `refused` as its code, or what `refused` makes. */
  transition(from: S, to: S): S;
}

export function defineLifecycle<S extends string>(
  subject: string,
  states: readonly S[],
  table: Readonly<Record<S, readonly S[]>>,
  refused: ForumRuleErrorCode | ((message: string) => Error),
): Lifecycle<S> {
  // Unknown states (bad data from outside TypeScript) have no way out rather than a crash.
  const next = (from: S): readonly S[] => (Object.hasOwn(table, from) ? table[from] : []);
  return {
    states,
    next,
    can: (from, to) => next(from).includes(to),
    transition(from, to) {
      if (next(from).includes(to)) return to;
      const allowed = next(from);
      const hint = !states.includes(from)
        ? `${from} is not an ${subject} status (${states.join(', ')})`
        : allowed.length
          ? `allowed next states: ${allowed.join(', ')}`
          : `${from} is final`;
      const message = `An ${subject} cannot move from ${from} to ${to}; ${hint}`;
      throw typeof refused === 'function' ? refused(message) : new ForumRuleError(refused, message);
    },
  };
}
