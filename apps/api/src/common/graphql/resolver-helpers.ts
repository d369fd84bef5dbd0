// Small pieces every resolver uses: the `lang` argument of root fields and a guard for rows a
// foreign key promises.
import { DomainError } from '../errors/domain-error.js';

export const LANG_ARG = {
  name: 'lang',
  type: () => String,
  nullable: true,
  description: 'BCP 47 tag of the language to answer in (default en); applies to the whole query.',
} as const;

export function required<T>(row: T | null, what: string): T {
  // A foreign key guarantees the row; its absence means data changed in the middle of a request.
  if (row === null) throw new DomainError('UNAVAILABLE', `${what} is missing; the data changed during the request — try again.`);
  return row;
}
