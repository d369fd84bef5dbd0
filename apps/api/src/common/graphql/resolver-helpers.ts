// Small pieces every resolver uses: the `lang` argument of root fields (documentation only: the
// request's language is fixed before execution, see request-language.ts) and a guard for rows a
// foreign key promises.
import { unavailable } from '../errors/app-error.js';

export const LANG_ARG = {
  name: 'lang',
  type: () => String,
  nullable: true,
  description: 'BCP 47 tag of the language to answer in (default en); applies to the whole query.',
} as const;

export function required<T>(row: T | null, what: string): T {
  // A foreign key guarantees the row; its absence means data changed in the middle of a request.
  if (row === null) throw unavailable(`${what} is missing; the data changed during the request — try again.`);
  return row;
}
